"""Held-out split "fresh37": templates and billing vocabulary, as pure data.

Written on 2026-11-24 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full), bench/accuracy/fresh6.py and bench/accuracy/fresh7.py (in full), and the module
docstring of bench/accuracy/fresh31.py (its first 60 lines, as a model of this docstring and
the data format; not its templates), for the placeholder names, the data format, and so as
not to repeat their templates. The file names in bench/accuracy/ were listed once (with the
line counts of generate.py, fresh6.py and fresh7.py). While looking up the ruff settings the
author also printed the [tool.ruff] section of pyproject.toml (line length, lint rules) and
the few dependency lines just above it; nothing else in it was read. The author did not read
gateway/, policies/, docs/, tests/, README.md, bench/accuracy/vocab/ or any other
bench/accuracy/fresh*.py file, and did not run git, the detector, run.py, the benchmark or
any test. The only things run were Python's ast module over generate.py (without executing
it) to collect the placeholder names that fill() and fresh_fill() provide, a Luhn check of
the card-like numbers written in the negatives, an import of this file with a script checking
its placeholders, key sets, labels and Luhn failures, and ruff format and ruff check on this
file. It is meant to be run once, as an honest, untuned measurement: do not tune the detector
on these templates.

Angle: billing, collections and patient financial services. Patient statements and portal
notifications, past-due and final notices (some as ALL-CAPS system printouts), payment plans
and declined recurring charges, collection-agency placement files, debt disputes and debt
validation letters, bankruptcy holds and attorney liens, financial assistance and charity-care
applications and decisions, payer denials and provider appeals, EOB questions, coding queries
from billers and coders, credit balances and refunds, price estimates and No Surprises Act
good-faith estimates and disputes, payment-portal receipts, HSA itemised receipts, collector
account notes, text-message and voicemail shapes, forwarded threads with "> " quoting, pasted
tables, and Spanish or mixed Spanish/English messages. The hard negatives come from the same
offices: collection-agency fee invoices with aggregate placements, payroll registers, staff
expense reports and corporate card statements, chargemaster (CDM) updates, revenue-cycle KPI
and denial-rate dashboards in aggregate (one as JSON), clearinghouse outage notices, payer
contract and policy news, lockbox and cash-posting summaries, credit-balance inventories,
financial assistance policy changes, blank GFE templates, coding education with an anonymous
quiz case, job postings, bilingual office notices, a utility's past-due notice to the clinic,
phishing warnings, and card-like numbers that fail the Luhn check.

This file's own placeholders (FRESH37_VOCAB): {svc37} {svc_es37} {dx37} {dx_es37} {rx37}
{cpt37} {carc37} {payer37} {hosp37} {hh37} {income37} {fpl37} {cardend37} for the patient
templates, and {agency37} {ch37} {role37} mainly for the negatives. Several of the first group
({svc37}, {cpt37}, {carc37}, {payer37}, {hosp37}, {cardend37}, {fpl37}) also appear in
negatives, where no patient is named (chargemaster lines, dashboards, contracts, a staff
corporate card). Other placeholders come from generate.fill() and generate.fresh_fill().

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address; a room or bed number
together with a name) is linked to health information (condition, symptom, finding,
measurement, test result, medication, device, procedure, pregnancy, vaccination,
appointment or visit for care, payment for care). subject_phi is True only when the Subject
alone identifies a patient together with health information, or holds a patient identifier
in a care context. validated is True exactly when {card}, {icd}, {mbi} or {ssn} appears in
the Subject or body. Negatives never use {mrn}, {mrn2}, {member}, {dob}, {ssn}, {card},
{icd}, {mbi} or {passport}, and name only staff, vendors or nobody, or give aggregate
figures; the card-like numbers written literally in them fail the Luhn check. A few
negatives carry literal ICD-10 or CPT codes in aggregate reports, with no patient. Anything
ambiguous was left out.
"""

from __future__ import annotations

FRESH37_VOCAB: dict[str, list[str]] = {
    "svc37": [
        "MRI of the lumbar spine",
        "emergency room visit",
        "colonoscopy",
        "ambulance transport",
        "laparoscopic gallbladder removal",
        "physical therapy visits",
        "sleep study",
        "CT scan of the abdomen",
        "cardiac stress test",
        "knee arthroscopy",
        "allergy testing",
        "urgent care visit",
        "chemotherapy infusion",
        "overnight observation stay",
        "mammogram with ultrasound",
        "appendectomy",
        "cataract surgery",
        "echocardiogram",
    ],
    "svc_es37": [
        "resonancia magnética",
        "visita a la sala de emergencias",
        "cirugía de vesícula",
        "análisis de sangre",
        "terapia física",
        "colonoscopía",
        "ultrasonido",
        "traslado en ambulancia",
        "operación de la rodilla",
    ],
    "dx37": [
        "kidney stones",
        "appendicitis",
        "pneumonia",
        "a broken wrist",
        "chest pain",
        "chronic migraines",
        "type 2 diabetes",
        "breast cancer",
        "major depression",
        "a concussion",
        "COPD",
        "sciatica",
        "a gallbladder attack",
        "an asthma attack",
        "atrial fibrillation",
        "a torn ACL",
    ],
    "dx_es37": [
        "diabetes",
        "cálculos en el riñón",
        "neumonía",
        "presión alta",
        "cáncer de seno",
        "apendicitis",
        "asma",
        "una fractura de tobillo",
    ],
    "rx37": [
        "Remicade infusion",
        "Prolia injection",
        "Keytruda infusion",
        "Eylea injection",
        "IVIG infusion",
        "Xolair injection",
        "Ocrevus infusion",
        "Herceptin infusion",
    ],
    "cpt37": [
        "99285 (ED visit, high MDM)",
        "74177 (CT abd/pelvis w/ contrast)",
        "72148 (MRI lumbar w/o contrast)",
        "47562 (lap cholecystectomy)",
        "45385 (colonoscopy w/ snare polypectomy)",
        "97110 (therapeutic exercise, 15 min)",
        "93015 (cardiovascular stress test)",
        "95810 (polysomnography)",
        "29881 (knee arthroscopy w/ meniscectomy)",
        "96413 (chemo infusion, first hour)",
        "A0427 (ALS1 emergency transport)",
        "66984 (cataract extraction w/ IOL)",
    ],
    "carc37": [
        "CO-50 (not medically necessary)",
        "CO-197 (precertification/authorization absent)",
        "CO-16 (claim lacks information)",
        "CO-97 (included in another service)",
        "CO-29 (timely filing limit expired)",
        "PR-204 (not covered under the benefit plan)",
        "CO-22 (other coverage may be primary)",
        "CO-11 (diagnosis inconsistent with procedure)",
        "CO-27 (expenses after coverage terminated)",
        "CO-18 (duplicate claim)",
    ],
    "payer37": [
        "Blue Cross PPO",
        "Aetna Choice POS II",
        "UnitedHealthcare Community Plan",
        "Cigna Open Access",
        "Humana Gold Plus",
        "Molina Medicaid",
        "Ambetter Silver",
        "Tricare Select",
        "Medicare Part B",
    ],
    "hosp37": [
        "St. Brigid Regional Medical Center",
        "Mercy Valley Hospital",
        "Lakeshore General Hospital",
        "Northgate Surgery Center",
        "Riverbend Imaging",
        "Cedar Hills Community Hospital",
    ],
    "hh37": ["1", "2", "3", "4", "5", "6"],
    "income37": ["$1,410", "$1,850", "$2,400", "$2,975", "$3,120", "$4,060"],
    "fpl37": ["95%", "138%", "162%", "187%", "214%", "251%", "290%"],
    "cardend37": ["4821", "0193", "7756", "3308", "1142", "9067", "5530"],
    "agency37": [
        "Meridian Recovery Group",
        "Apex Collection Services",
        "Summit Credit Partners",
        "Keystone Revenue Solutions",
        "Harbor Point Receivables",
    ],
    "ch37": ["ClaimBridge", "RevPath EDI", "ClearLane Health", "PayerLink Connect"],
    "role37": [
        "collections specialist",
        "financial counselor",
        "charge capture analyst",
        "coding auditor",
        "denials analyst",
        "cash posting lead",
        "patient account representative",
        "revenue integrity manager",
    ],
}


FRESH37_PHI: list[dict] = [
    {
        "subject": "Your statement from {hosp37} is ready",
        "body": (
            "Hello {name},\n\n"
            "A new statement is available for the account below.\n\n"
            "  Account: {account}\n"
            "  Patient: {name}\n"
            "  Date of service: {date}\n"
            "  Service: {svc37}\n"
            "  Insurance paid: {amount2}\n"
            "  Amount you owe: {amount}\n"
            "  Due by: {date2}\n\n"
            "View and pay at https://pay.example/s/{code} or call {phone}.\n"
            "This is an automated message; please do not reply.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SECOND NOTICE - balance past due",
        "body": (
            "{upper_name}\n{address}\n\n"
            "Re: Account {account}\n"
            "Dates of service: {date} - {date2}\n"
            "Services: {cpt37}; {svc37}\n\n"
            "Our records show a past-due balance of {amount}. Your insurance, {payer37}, "
            "processed the claim and the remaining amount is your responsibility. Please pay "
            "within 30 days or contact us to set up a payment plan. If you have already paid, "
            "thank you, and please disregard this notice.\n\n"
            "Patient Financial Services\n{hosp37}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FINAL NOTICE PRIOR TO COLLECTION PLACEMENT",
        "body": (
            "*** FINAL NOTICE ***\n"
            "STMT DATE: {date2}     ACCT NO: {account}\n"
            "GUARANTOR: {upper_name}\n"
            "PATIENT:   {upper_name}\n\n"
            "DOS         DESCRIPTION                                CHARGES\n"
            "{date}  {cpt37}      {amount}\n"
            "            INS PMT/ADJ                               -{amount2}\n\n"
            "BALANCE DUE NOW - SEE ENCLOSED COUPON\n"
            "IF NOT PAID WITHIN 15 DAYS THIS ACCOUNT MAY BE REFERRED TO AN OUTSIDE AGENCY.\n"
            "FINANCIAL ASSISTANCE MAY BE AVAILABLE. CALL {phone} MON-FRI 8-5.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment plan agreement - signed",
        "body": (
            "PAYMENT PLAN AGREEMENT\n"
            "Patient name: {name}\n"
            "Date of birth: {dob}\n"
            "Account #: {account}\n"
            "Services: {svc37} on {date}\n"
            "Total balance: {amount}\n"
            "Monthly payment: {amount2}\n"
            "Draft date: 15th of each month\n"
            "Card on file: {card}\n"
            "Exp: 09/28\n"
            "Patient signature: e-signed {date2}\n\n"
            "Scanned copy attached. Please set up the recurring draft in the billing system.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Placement file {date2} - {agency37}",
        "body": (
            "Pasted below are today's placements (bad debt, 120+ days, no arrangement). "
            "Full file is on the SFTP.\n\n"
            "ACCT|PATIENT|SSN|DOB|DOS|SVC|BAL\n"
            "{account}|{last}, {first}|{ssn}|{dob}|{date}|{cpt37}|{amount}\n"
            "{code}|{intl_name}|on file|on file|{date2}|ED visit level 4|{amount2}\n\n"
            "Please confirm receipt. No credit reporting before 365 days per our agreement.\n"
            "{name2}, Collections Supervisor\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Disputing this debt",
        "body": (
            "To {agency37},\n\n"
            "I received your letter dated {date} saying I owe {amount} to {hosp37}. I dispute "
            "this debt. The bill is for my {svc37}, which was supposed to be billed under my "
            "{payer37} plan. My insurance told me the hospital sent it with the wrong code and "
            "never fixed it. I am requesting validation of the debt and an itemized statement. "
            "Please do not contact me at work.\n\n"
            "{name}\n{address}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: ambulance bill for my dad",
        "body": (
            "hi, my father {name} got a bill for {amount} for the ambulance ride on {date} "
            "when he had {dx37}. he has medicare AND a supplement, why is it coming to him?? "
            "he is 84 and very stressed about it. i have his POA if you need it. pls call me, "
            "{name2}, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Financial assistance application received",
        "body": (
            "FINANCIAL ASSISTANCE APPLICATION - INTAKE SUMMARY\n"
            "Applicant: {name}\n"
            "SSN: {ssn}\n"
            "Address: {address}\n"
            "Phone: {phone}\n"
            "Household size: {hh37}\n"
            "Monthly household income: {income37}\n"
            "FPL: {fpl37}\n"
            "Accounts: {account} ({svc37}, DOS {date})\n"
            "Documents received: pay stubs x2, last year's tax return\n"
            "Missing: bank statement\n"
            "Counselor: {provider_first}, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Your financial assistance decision",
        "body": (
            "Dear {name},\n\n"
            "We have reviewed your application for financial assistance. Based on your "
            "household size and income, you qualify for a 100% discount on the eligible balance "
            "for your care at {hosp37}, including the {svc37} on {date}. Your new balance is "
            "$0.00.\n\n"
            "This approval covers eligible services for six months, through {date2}. If you "
            "have questions, please call a financial counselor at {phone}.\n\n"
            "Sincerely,\nFinancial Assistance Program\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Decisión sobre su solicitud de asistencia financiera",
        "body": (
            "Estimado/a {name}:\n\n"
            "Hemos revisado su solicitud de asistencia financiera. Según el tamaño de su hogar "
            "({hh37} personas) y sus ingresos, usted califica para un descuento del 75% en el "
            "saldo de su {svc_es37} del {date}. Su nuevo saldo es {amount2}, y puede pagarlo "
            "en cuotas sin intereses.\n\n"
            "Si tiene preguntas, llame al {phone} y pida un consejero financiero que hable "
            "español.\n\n"
            "Atentamente,\nServicios Financieros para Pacientes\n{hosp37}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Notice of claim denial",
        "body": (
            "{company} Health Plan\n"
            "Member: {name}\n"
            "Member ID: {member}\n"
            "Claim number: {claim}\n"
            "Provider: {hosp37}\n"
            "Service date: {date}\n"
            "Service: {svc37}\n\n"
            "We did not pay this claim. Reason: {carc37}.\n"
            "You or your provider may appeal within 180 days of this notice. Your appeal "
            "rights are enclosed.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Level 1 appeal - claim {claim}",
        "body": (
            "To: Appeals Department, {payer37}\n\n"
            "RE: Patient {name}\n"
            "DOB: {dob}\n"
            "Member ID: {member}\n"
            "Date of service: {date}\n"
            "CPT: {cpt37}\n"
            "Diagnosis: {icd}\n"
            "Denial: {carc37}\n\n"
            "We request reconsideration of the denial above. The patient presented with "
            "{dx37} that had not improved after six weeks of conservative treatment. Office "
            "notes, the imaging order and the physician's letter of medical necessity are "
            "enclosed.\n\n"
            "Sincerely,\n{provider}\nDenials Management, {hosp37}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "question about my EOB",
        "body": (
            "Hello,\n\n"
            "I got an explanation of benefits from {payer37} for my visit on {date} and it "
            "says 'patient responsibility {amount2}' for the bloodwork but i thought labs were "
            "coverd 100%?? The doctor ordered them because of my {dx37}. My member id is "
            "{member}. Can someone explain befor I pay anything.\n\n"
            "thanks\n{name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding query - MRN {mrn} - DOS {date}",
        "body": (
            "Dr. {provider_last},\n\n"
            "The note for this ED encounter documents {dx37}, but the assessment also says "
            "'sepsis?' without confirming or ruling it out. Could you clarify in an addendum "
            "whether sepsis was present on arrival? It changes the DRG.\n\n"
            "Please answer in the query tool within 48 hours.\n"
            "{name2}, CCS\nCoding & CDI\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Credit balance - refund approval needed",
        "body": (
            "Acct: {account}\n"
            "Patient: {last}, {first}\n"
            "Credit: {amount2}\n"
            "Reason: copays collected at check-in for {svc37} ({date}); insurance later paid "
            "in full\n"
            "Refund to: original card, Visa ending {cardend37}\n"
            "Prepared by: {provider_first}\n\n"
            "Over $250 so it needs manager approval. Thanks!\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "charged twice??",
        "body": (
            "Hi, I was charged twice for my daughter {first}'s urgent care visit on {date} "
            "(strep throat). Both charges are on my card, {amount2} each. Her date of birth is "
            "{dob} if you need it to find the account. Can you refund one of them please.\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Good Faith Estimate",
        "body": (
            "GOOD FAITH ESTIMATE FOR HEALTH CARE ITEMS AND SERVICES\n"
            "(No Surprises Act)\n\n"
            "Patient: {name}\n"
            "Date of birth: {dob}\n"
            "Patient address: {address}\n"
            "Scheduled service: {svc37}\n"
            "Scheduled date: {date}\n"
            "Reason for service: {dx37}\n\n"
            "Convening provider: {hosp37}\n"
            "  Facility fee ............ {amount}\n"
            "  Professional fee ........ {amount2}\n"
            "  Anesthesia .............. separate estimate to follow\n\n"
            "This is an estimate, not a bill. If you are billed $400 or more above this "
            "estimate, you may start a patient-provider dispute.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: how much will this cost",
        "body": (
            "Hi {first},\n\n"
            "Based on your {payer37} benefits (remaining deductible {amount2}), your estimated "
            "cost for the {svc37} ordered by Dr. {provider_last} is {amount}. You can pay at "
            "check-in or we can bill you afterwards.\n\n"
            "Jamie\nPrice Estimates\n\n"
            "> From: {name} <{email}>\n"
            "> Sent: {date}\n"
            "> My doctor ordered the {svc37} for my {dx37}. I have a high deductible plan. How\n"
            "> much is this going to cost me? I can't afford another surprise bill.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment receipt - thank you",
        "body": (
            "Thank you for your payment.\n\n"
            "Confirmation #: {ref}\n"
            "Paid by: {name}\n"
            "Payment date: {date2}\n"
            "Amount: {amount2}\n"
            "Method: Mastercard ending {cardend37}\n"
            "Applied to: guarantor account {account}\n"
            "  Visit {date} - {svc37} - {hosp37}\n\n"
            "Keep this receipt for your records. Payments may take 2 business days to post.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: Your statement is ready",
        "body": (
            "Hi billing - can you look at this? I had the {svc37} at {hosp37} while I was "
            "still on {payer37} and I don't think I should owe all of this.\n"
            "{name}\n{phone}\n\n"
            "---------- Forwarded message ---------\n"
            "From: noreply@pay.example\n"
            "Date: {date2}\n"
            "Subject: Your statement is ready\n\n"
            "> Patient: {upper_name}\n"
            "> Account: {account}\n"
            "> Service date: {date}\n"
            "> Balance due: {amount}\n"
            "> Pay online at https://pay.example\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rebill - crossover missing",
        "body": (
            "Pt: {name}\n"
            "MBI: {mbi}\n"
            "DOS: {date}\n"
            "Svc: {cpt37}\n\n"
            "Secondary never crossed over from Medicare to the supplement. Registration still "
            "had the old number; corrected the MBI and rebilled. Watch for the 835.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Retro Medicaid found",
        "body": (
            "Good news on that self-pay ICU stay: the eligibility vendor found Medicaid for "
            "{name} (DOB {dob}), retro to {date}. Admit was for {dx37}, 6 days. Moving the "
            "{amount} balance back to insurance and recalling it from the agency. Medicaid ID "
            "{member}.\n- {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Ch. 7 bankruptcy notice received",
        "body": (
            "We received a notice of Chapter 7 filing from the attorney for {name}, {address}. "
            "Case no. {code}. Please put a bankruptcy hold on every account for this "
            "guarantor, including the {svc37} from {date} ({amount}), and recall it from "
            "{agency37}. No further statements or calls.\n\n"
            "Legal/Collections\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Letter of protection / lien request",
        "body": (
            "Dear Billing Manager,\n\n"
            "This office represents {name} for injuries sustained in a motor vehicle collision "
            "on {date}. Our client was treated at your facility for a concussion and a "
            "fractured wrist. Please hold collection activity and send an itemized bill with "
            "CPT codes for all dates of service. We will protect your lien out of any "
            "settlement.\n\n"
            "{name2}, Esq.\n{company} Law Group\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Text message from 55123",
        "body": (
            "{hosp37}: Hi {name}, your balance of {amount2} for your {svc37} on {date} is past "
            "due. Pay at https://pay.example/t/{code} or reply HELP. Reply STOP to opt out.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New voicemail - billing line",
        "body": (
            "Voicemail transcription (confidence: medium)\n"
            "Caller ID: {phone}\n"
            "Duration: 0:48\n\n"
            "\"hi um this is {name} i'm calling about a bill i got for the emergency room um "
            "i was in there on {date} for {dx37} and the bill says {amount} and they told me "
            "i would get a discount because i don't have insurance so can somebody call me "
            'back at this number thank you"\n'
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "acct notes",
        "body": (
            "{date2} 10:42 OB CALL: spoke w/ pt {name}, verified DOB {dob}. bal {amount} from "
            "lap chole DOS {date}. pt states lost job, agreed $50/mo starting 12/1, PTP set. "
            "advised of FAP, mailed app. -{provider_first}\n"
            "{date2} 10:51 FAP app mailed to {address}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ACCOUNT INQUIRY PRINT",
        "body": (
            "ACCT INQ            RUN {date2} 07:14          PAGE 1 OF 1\n"
            "PT NAME......: {upper_name}\n"
            "PT ACCT......: {account}\n"
            "MRN..........: {mrn}\n"
            "FIN CLASS....: SELF PAY -> MEDICAID PENDING\n"
            "ADM/DSCH.....: {date} / {date2}\n"
            "PRIN DX......: {icd}\n"
            "PRIN PROC....: {cpt37}\n"
            "TOTAL CHGS...: {amount}\n"
            "AGENCY.......: NONE\n"
            "NOTES........: FIN COUNSELOR REFERRAL SENT\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Payment plan charge declined",
        "body": (
            "The scheduled payment for {name} (acct {account}) failed this morning.\n"
            "Card: {card}\n"
            "Response: 05 DO NOT HONOR\n"
            "Plan: balance for the {svc37}, 6 of 12 payments made\n\n"
            "Patient has 10 days to update the card before the plan defaults. Sending the "
            "letter now.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "No-auth denial on an emergency admit",
        "body": (
            "{payer37} denied the facility claim for {name} with {carc37}. This was an "
            "emergency admission through the ED on {date} for {dx37}; the plan does not "
            "require auth for emergency services. Claim {claim}, billed {amount}. Can UR send "
            "the admission review so we can file a retro auth request?\n"
            "{provider_first}\nDenials team\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Other insurance questionnaire",
        "body": (
            "Dear {name},\n\n"
            "We are holding claims for your recent care, including the {svc37} on {date}, "
            "because our records show you may have other health coverage. Please complete the "
            "questionnaire below and return it within 30 days so we can process your claims."
            "\n\n"
            "  Do you have other insurance?  [ ] Yes  [ ] No\n"
            "  Name of other plan: ______________\n"
            "  Policyholder: ______________\n\n"
            "Member ID: {member}\n{company} Health Plan, Member Services {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "factura de mi esposo",
        "body": (
            "Buenas tardes,\n\n"
            "Mi esposo {name} recibió una factura de {amount} por su {svc_es37} del {date}, "
            "cuando lo atendieron por {dx_es37}. Él tiene seguro de {payer37} y no entendemos "
            "por qué nos cobran todo. El número de "
            "cuenta es {account}. ¿Me pueden llamar al {phone}? Hablo poco inglés.\n\n"
            "Gracias,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Spanish-speaking pt callback",
        "body": (
            "Pt {name} called the billing line, habla español only. She says the bill for the "
            "{svc_es37} on {date} was supposed to go to Medicaid, she had it then (tiene la "
            "tarjeta, ID {member}). Can one of the bilingual reps call her back at {phone}? Le "
            "dije que alguien la llama mañana.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Itemized receipt for your HSA",
        "body": (
            "Per your request, here is an itemized receipt for your HSA administrator.\n\n"
            "Patient: {name}\n"
            "Provider: {clinic}, NPI {npi}\n\n"
            "Date        CPT    Description                      Paid\n"
            "{date}  97110  Therapeutic exercise x2 units    {amount2}\n"
            "{date}  97140  Manual therapy x1 unit           $38.00\n"
            "{date2}  97110  Therapeutic exercise x2 units    $62.00\n\n"
            "Diagnosis on the claims: {dx37}\n"
            "Paid by card ending {cardend37}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Itemized statement request - completed",
        "body": (
            "Hi {first},\n\n"
            "Attached is the itemized statement you asked for, for {name}'s admission from "
            "{date} to {date2}. Summary by revenue code:\n\n"
            "  0120 Room & board, semi-private ..... 4 days\n"
            "  0250 Pharmacy ....................... incl. {rx37}\n"
            "  0300 Laboratory ..................... 27 items\n"
            "  0450 Emergency room ................. 1\n"
            "  Total charges ....................... {amount}\n\n"
            "The {payer37} payment and contractual adjustment are on page 3.\n"
            "Patient Financial Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient-provider dispute filed",
        "body": (
            "FYI: we got notice that {name} started a patient-provider dispute under the No "
            "Surprises Act. The GFE for the {svc37} on {date} was {amount2}; billed charges "
            "came to {amount}. We need the GFE, the itemized bill and an explanation of the "
            "difference uploaded to the SDR portal within 10 business days. Patient email on "
            "file: {email}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Surprise bill complaint",
        "body": (
            "I am writing to complain about a bill from an anesthesiologist I never chose. I "
            "had my {svc37} at {hosp37}, which is in network with {payer37}, on {date}. Now I "
            "have a bill for {amount} from an out-of-network anesthesia group. I thought this "
            "was illegal now. Please fix this.\n\n"
            "{name}\n{address}\nMember ID {member}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "unapplied patient check",
        "body": (
            "Lockbox batch {ref} has a personal check for {amount2} from {name}, {address}. "
            "Memo line says 'ER visit {date}'. No statement stub came with it. Can someone in "
            "PFS find the account and apply it? Leaving it in unapplied for now.\n"
            "Cash posting\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Debt validation - {agency37} ref {ref}",
        "body": (
            "Dear {name},\n\n"
            "In response to your dispute, here is validation of the debt:\n\n"
            "Original creditor: {hosp37}\n"
            "Patient: {name}\n"
            "Date of service: {date}\n"
            "Description: {svc37}\n"
            "Insurance payments: {amount2}\n"
            "Balance placed: {amount}\n\n"
            "Collection activity will resume 30 days after the date of this letter unless you "
            "send proof of payment.\n"
            "This is a communication from a debt collector.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Returned mail - address updated",
        "body": (
            "Statement for {name} came back NSC. Skip trace found a new address: {address}. "
            "Updated the guarantor screen and re-sent the statement for the {svc37} "
            "(bal {amount2}). Phone on file {phone} is disconnected.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "WC claim - need the injury report",
        "body": (
            "Workers' comp carrier for {company} is refusing the bill for {name} until we send "
            "the first report of injury. Injury date {date}, seen in the ED for a lumbar strain, "
            "follow-up PT x6. Claim # on their side is {ref}. Adjuster: {name2}, {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment plans defaulting this week",
        "body": (
            "From the PP report, everyone with 2+ missed payments:\n\n"
            "Guarantor/Pt          Acct         Svc                        Bal        Missed\n"
            "{name}     {account}    {svc37}     {amount}    2\n"
            "{intl_name}     {code}    {rx37}     {amount2}    3\n\n"
            "Default letters go out Thursday unless someone objects.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Refund check mailed",
        "body": (
            "Refund check #{code} for {amount2} was mailed today to {name}, {address}. It "
            "covers the overpayment on the {svc37} from {date} after {payer37} reprocessed the "
            "claim. Account {account} is now at a zero balance.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pregnancy Medicaid - help with the application",
        "body": (
            "Hi Ms. {last},\n\n"
            "Congratulations on your pregnancy! You mentioned at registration that you do not "
            "have insurance right now. Most expecting mothers in our state qualify for "
            "pregnancy Medicaid, which would cover your prenatal visits and your delivery at "
            "{hosp37}. I can help you apply by phone; it takes about 20 minutes. Call me at "
            "{phone} or just reply here.\n\n"
            "{provider_first}, Financial Counselor\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pago recibido",
        "body": (
            "Estimado/a {name}:\n\n"
            "Recibimos su pago de {amount2} para la cuenta {account} ({svc_es37}, {date}). "
            "¡Gracias!\n\n"
            "Confirmación: {ref}\n"
            "Método: tarjeta terminada en {cardend37}\n"
            "Saldo restante: {amount}\n\n"
            "Payment received - thank you. Questions? {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - appeal for denied {svc37}",
        "body": (
            "Draft appeal attached, need Dr. {provider_last}'s signature by Friday. Denied "
            "{carc37}; we have the PT notes that show six weeks of conservative care.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Credit balance MRN {mrn} - refund {amount2}",
        "body": (
            "Insurance paid twice on the PT visits. Refund goes to the payer, not the "
            "patient. OK to approve?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Member {member}: EOB shows $0 paid for {svc37}",
        "body": (
            "Patient is calling again about this. Can someone look at the remark codes and "
            "call back? Rep ext {ext}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FW: bill for {first} {last}'s ambulance ride on {date}",
        "body": (
            "From the son, see below. He says his dad was unconscious and could not have "
            "chosen the ambulance company.\n\n"
            "> The ambulance took my father to {hosp37} after he fell. Now we have a bill\n"
            "> for {amount}. Please review this.\n"
            "> {name2}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Charity care app - {name} - ER visit {date}",
        "body": (
            "Complete, FPL {fpl37}, household of {hh37}. Approving at 100%, please post the "
            "adjustment.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{last}, {first} DOB {dob} - GFE for {svc37}",
        "body": (
            "Self-pay, scheduled {date2}. Please send the good faith estimate by tomorrow, it "
            "is due 3 business days before the service.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Denial {carc37} / {name} / {cpt37}",
        "body": "Coding says the modifier was right. Sending it to appeals.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{name} ({mrn}) - collections hold, chemo in progress",
        "body": (
            "Patient is mid-treatment with oncology; please hold all collection activity per "
            "policy until {date2}. The financial counselor is working on the Medicaid "
            "application.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Eligibility rejected: {name} / SSN {ssn}",
        "body": (
            "Payer rejected the 270 for the {svc37} on {date}, subscriber not found. Please "
            "verify the SSN with the patient at check-in.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "MBI {mbi} - Part B denial, {svc37}",
        "body": "Denied {carc37}. ABN was signed, so we can bill the patient. Pls confirm.\n",
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
]


FRESH37_NEG: list[dict] = [
    {
        "subject": "{agency37} - contingency fee invoice {invoice}",
        "body": (
            "Client: {hosp37}\n"
            "Period: October\n\n"
            "New placements ............ 312 accounts / $418,220.16\n"
            "Gross collections ......... $48,210.55\n"
            "Contingency fee (18%) ..... $8,677.90\n"
            "Legal placements .......... 0\n"
            "Recalls processed ......... 14\n\n"
            "Remit to: {address}\n"
            "Tax ID 84-2291037\n"
            "Questions: {name}, client services, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payroll register - PFS cost center 8120 - PP ending {date}",
        "body": (
            "Employees paid: 41\n"
            "Regular hours: 3,184.50\n"
            "Overtime hours: 96.25 (mostly {name} and {name2}, month-end)\n"
            "Gross wages: $142,906.18\n"
            "Employer taxes: $10,932.32\n\n"
            "Please review and approve in the payroll system by noon. Exceptions: 2 missing "
            "punches.\n{name3}, Payroll\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CDM update effective {date}",
        "body": (
            "The following chargemaster lines change on {date}. No action needed unless your "
            "department still uses paper charge tickets.\n\n"
            "CDM #     CPT/HCPCS                              Old        New\n"
            "30001452  70450 CT head w/o contrast            $1,840.00  $1,912.00\n"
            "30002210  80053 Comprehensive metabolic panel     $118.00    $122.00\n"
            "30002301  36415 Venipuncture                       $28.00     $29.00\n"
            "30004418  {cpt37}  repriced, see attachment\n\n"
            "Questions: {name}, {role37}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rev cycle dashboard - week 47",
        "body": (
            "Metric                 This week    Target\n"
            "Days in A/R            46.2         < 45\n"
            "Clean claim rate       94.1%        > 95%\n"
            "Initial denial rate    9.8%         < 8%\n"
            "POS collections        $212,440     $250,000\n"
            "Cash collected         $6.92M       $7.10M\n"
            "DNFB                   4.6 days     < 4\n\n"
            "Top denial reason this week: {carc37}, 22% of denied dollars.\n"
            "- {name}, {role37}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Denials by payer - October",
        "body": (
            "Payer                            Claims denied   $ denied      Top CARC\n"
            "{payer37}                 412             $1,204,118    {carc37}\n"
            "Medicare Part B                  188             $302,550      CO-50\n"
            "Molina Medicaid                  301             $255,004      CO-197\n\n"
            "Top denied diagnosis codes, all payers: M54.50, R07.9, Z12.31.\n"
            "There is no patient-level detail in this report; drill down in the denials work "
            "queue.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ch37}] Service disruption: 837 claim submission delayed",
        "body": (
            "Status: Investigating\n"
            "Start: {date} 06:10 ET\n"
            "Impact: 837P and 837I batches submitted after 06:10 ET are queued and have not "
            "been forwarded to payers. 277CA acknowledgements are delayed. 270/271 eligibility "
            "and 835 remittance delivery are not affected.\n"
            "Next update: in 2 hours.\n"
            "Incident {ticket}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Contract update: {payer37} renewal signed",
        "body": (
            "Managed care team: the three-year agreement with {payer37} is signed. Highlights: "
            "4.1% rate increase in year one and 3.5% in years two and three; prior auth "
            "removed for routine MRI and CT; timely filing extended from 90 to 180 days. Fee "
            "schedules load into the contract management system by {date}. Thanks to {name} "
            "for leading the negotiation.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Expense report {invoice} - {name}",
        "body": (
            "Employee: {name}\n"
            "Department: Patient Financial Services\n"
            "Purpose: HFMA regional conference\n\n"
            "Date        Item                       Amount\n"
            "{date}  Registration               $595.00\n"
            "{date}  Hotel (2 nights)           $412.36\n"
            "{date}  Mileage 184 mi @ $0.70     $128.80\n"
            "{date}  Meals                      $61.40\n\n"
            "Total: $1,197.56\n"
            "Corporate card ending {cardend37}\n"
            "Approver: {name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Financial assistance policy changes for next year",
        "body": (
            "Starting {date}, the financial assistance policy changes as follows:\n"
            "- Free care up to 250% of the federal poverty level (was 200%)\n"
            "- Sliding-scale discounts from 251% to 400% FPL\n"
            "- Presumptive eligibility for patients enrolled in SNAP or WIC\n"
            "- Applications accepted up to 240 days after the first post-discharge statement\n"
            "Plain-language summaries in English and Spanish are on the intranet. Questions: "
            "{name}, {role37}, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Machine-readable file published",
        "body": (
            "The standard charges file for {hosp37} was published today at "
            "https://example.org/price-transparency/{code}_standardcharges.csv (312,046 rows). "
            "The shoppable services tool was refreshed too: 300 services, including "
            "{cpt37}. Compliance attestation signed by {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated GFE template - please use this one",
        "body": (
            "Scheduling team, please use the attached template starting Monday. Fields:\n\n"
            "Patient name: [                         ]\n"
            "Date of birth: [            ]\n"
            "Scheduled service and date: [                         ]\n"
            "Diagnosis codes: [            ]\n"
            "Itemized expected charges: [table]\n\n"
            "Do not send a GFE without the disclaimer paragraph on page 2; the old template "
            "is missing the dispute language.\n"
            "{name}, Patient Access\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding corner: E/M leveling tips",
        "body": (
            "This month's tips from the coding auditors:\n"
            "1. Medical decision making drives the level; time counts only if total time on "
            "the date of the encounter is documented.\n"
            "2. A chronic illness with exacerbation is a moderate-complexity problem.\n"
            "3. Prescription drug management supports moderate risk.\n"
            "4. Outpatient coders cannot code 'likely' or 'probable' diagnoses: code the "
            "symptom, or query.\n\n"
            "Quiz: a 67-year-old is seen in the ED for chest pain, troponin negative, "
            "discharged home. Principal diagnosis? Answer next month.\n\n"
            "Questions? {email}\n{name}, CPC, {role37}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lockbox deposit {date}",
        "body": (
            "LOCKBOX 771204 DEPOSIT SUMMARY\n"
            "DEPOSIT DATE......: {date}\n"
            "ITEMS.............: 214 CHECKS, 3 MONEY ORDERS\n"
            "PATIENT PAYMENTS..: $18,412.40\n"
            "INSURANCE CHECKS..: $69,600.00\n"
            "TOTAL.............: $88,012.40\n"
            "EXCEPTIONS........: 6 (NO STUB) - IMAGES IN EXCEPTIONS QUEUE\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: Patient Account Representative (bilingual Spanish)",
        "body": (
            "{hosp37} is hiring two full-time patient account representatives for the central "
            "business office. You will answer billing questions, set up payment plans and help "
            "patients apply for financial assistance. Bilingual English/Spanish required; se "
            "requiere hablar inglés y español. Hiring manager: {name}. Req #{code}, apply by "
            "{date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scheduled maintenance: online bill pay",
        "body": (
            "Dear patient,\n\n"
            "Our online bill pay will be unavailable from 11 pm on {date} to 3 am the next day "
            "while we upgrade our systems. You can still pay by phone at {phone} during that "
            "time. Saved cards and payment plans will not be affected.\n\n"
            "Patient Financial Services\n{hosp37}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RAC ADR letter received - 40 records",
        "body": (
            "We received an additional documentation request from the Medicare RAC for 40 "
            "inpatient claims (short stays, DRG 313 and 392). The claim list is in the secure "
            "audit folder, not in email. HIM must submit records by {date}. Owner: {name}, "
            "{role37}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Adjustment approval limits",
        "body": (
            "Effective immediately:\n"
            "  Reps ........................ up to $250 per account\n"
            "  Supervisors ................. $250.01 - $2,500\n"
            "  Manager ({name}) ............ $2,500.01 - $10,000\n"
            "  Director .................... over $10,000\n\n"
            "Small balances under $9.99 are written off automatically at cycle close. Use "
            "adjustment code 4410 (small balance) or 4420 (prompt-pay discount) only.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RFP: early-out and bad debt collection services",
        "body": (
            "{hosp37} invites proposals for early-out self-pay and bad debt collection "
            "services. Volume: about 28,000 placements a year, average balance $612. "
            "Requirements: FDCPA and state licensing, Regulation F compliance, a bilingual "
            "call center, PCI DSS attestation, and no credit reporting sooner than one year "
            "after service. Proposals due {date}. Contact: {name}, procurement, {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Nuevo horario de la oficina de facturación",
        "body": (
            "A partir del {date}, la oficina de facturación atenderá de lunes a viernes de "
            "8:00 a 6:00. Para preguntas sobre su cuenta, llame al {phone}. Tenemos "
            "consejeros financieros que hablan español. También puede pagar en línea las 24 "
            "horas.\n\n"
            "Starting {date}, the billing office is open Monday to Friday, 8 to 6.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Capacitación: asistencia financiera / financial assistance training",
        "body": (
            "Capacitación obligatoria para consejeros financieros y representantes bilingües: "
            "cómo explicar la póliza de asistencia financiera, qué documentos pedir (talones "
            "de pago, carta de desempleo) y cómo llenar la solicitud con el paciente.\n"
            "Fecha: {date}, 2:00 pm, sala B. Instructora: {name}.\n\n"
            "Mandatory for all financial counselors and bilingual reps.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Unposted cash variance - month end",
        "body": (
            "Bank deposits vs. posted payments, October:\n"
            "  Deposits: $6,912,440.18\n"
            "  Posted:   $6,880,102.77\n"
            "  Variance: $32,337.41 (0.47%)\n"
            "Main drivers: two 835 files from {payer37} not loaded yet, and lockbox exceptions "
            "still being researched. Target is under 0.25% by business day 5.\n- {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Credit balance inventory",
        "body": (
            "Credit balances open at month end: 1,206 accounts, $884,190.22. Over 60 days: 412 "
            "accounts. Payer overpayments are 71% of the dollars. Patient refunds under $10 "
            "go through the unclaimed property process per state law. Reminder: the quarterly "
            "Medicare credit balance report (CMS-838) is due {date}.\n"
            "{name}, {role37}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card terminal test after firmware update",
        "body": (
            "Ran the test transactions on the three PFS terminals after the firmware update:\n"
            "  4000 1234 5678 9011 - rejected, bad check digit (expected)\n"
            "  5424 0000 0000 0016 - rejected, bad check digit (expected)\n"
            "  sandbox approval card - approved, voided\n"
            "Merchant ID {code}. No real cards were used. Terminals are back in service.\n"
            "{name}, IT\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CPC exam reimbursement approved",
        "body": (
            "{name}, your reimbursement for the CPC exam ($499.00) and the study guide "
            "($129.95) is approved and will be on your next paycheck. Congratulations on "
            "passing!\n{name2}, Revenue Cycle Education\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Shout-out to the collections team",
        "body": (
            "Huge thanks to {name} and {name2}: together they resolved 640 accounts this "
            "month and helped 58 families apply for financial assistance. Self-pay cash is up "
            "12% over last year. Breakfast Friday is on me.\n"
            "{name3}, Director, PFS\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Month-end close calendar",
        "body": (
            "Day 1: charge lag report; late charge cutoff 5 pm\n"
            "Day 2: final billing, DNFB review (target under 4 days)\n"
            "Day 3: cash reconciliation, contractual allowance accrual\n"
            "Day 4: bad debt and charity write-off posting\n"
            "Day 5: flash report to the CFO\n"
            "Owner for questions: {name}, {role37}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Physician fee schedule final rule - summary",
        "body": (
            "CMS released the final rule for next year. Conversion factor up 2.5%. What "
            "matters for us: telehealth flexibilities extended through next year, a new "
            "add-on code for complex office visits, and cuts to some imaging codes including "
            "{cpt37}. Estimated net impact on our professional fees: +$1.1M. Full analysis "
            "from {name} at the finance meeting on {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Bad debt and charity by month",
        "body": (
            "Month     Bad debt      Charity       Apps approved\n"
            "Jul       $402,118      $1,102,440    188\n"
            "Aug       $377,906      $1,240,015    201\n"
            "Sep       $451,220      $1,088,730    176\n"
            "Oct       $311,204      $1,319,002    214\n\n"
            "Average FPL of approved applicants: {fpl37}. Presumptive screening is now 31% of "
            "approvals. - {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Community benefit report - draft for review",
        "body": (
            "Draft numbers for the community benefit report:\n"
            "Charity care at cost: $14.2M (3,840 patients)\n"
            "Medicaid shortfall: $22.7M\n"
            "Health professions education: $3.1M\n"
            "Please review page 4 before it goes to the board finance committee on {date}. "
            "Comments to {name} by Friday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Demo: patient estimate tool from {company}",
        "body": (
            "{name} from {company} will demo their estimate tool on {date} at {time}. It pulls "
            "271 benefits and our contract rates to produce estimates for {cpt37} and other "
            "shoppable services, and fills the GFE automatically. Finance, Patient Access and "
            "PFS leads are invited.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "W-9 and remittance details - {agency37}",
        "body": (
            "Hello Accounts Payable,\n\n"
            "Attached is our signed W-9 (EIN 37-4410928). Please remit by ACH to our operating "
            "account ending 6620; the bank letter is attached. Invoices will come monthly from "
            "{email}. Our contact for billing questions is {name}, {phone}.\n\n"
            "{agency37}\n{address}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payer refund batch {ref}",
        "body": (
            "37 payer refunds, $41,882.06 in total, released in today's AP run. Largest: "
            "{payer37}, $9,410.00 (duplicate payments on 6 claims). Claim-level detail is in "
            "the refund workbook on the secure share, not in email.\n{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ERA/EFT enrollment confirmed - {payer37}",
        "body": (
            "Your enrollment is complete.\n"
            "Payee: {clinic}\n"
            "TIN: 84-2291037\n"
            "NPI: {npi}\n"
            "EFT account: checking ending 3307\n"
            "ERA delivery: {ch37}\n"
            "Effective date: {date}\n\n"
            "Paper checks will stop after two payment cycles.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Phishing alert: fake 'PAST DUE INVOICE' emails",
        "body": (
            "Several people in PFS received emails titled 'PAST DUE INVOICE - FINAL NOTICE' "
            "with a link to 'view your statement'. These are phishing. Do not click the link. "
            "Report them with the Phish button. If you entered your password, call the "
            "service desk at {phone} right away. Ticket {ticket}.\nInformation Security\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Statement cycle 3 - print file received",
        "body": (
            "{company} print services: file received {date} 02:14.\n"
            "Statements: 18,420 (first notice 11,312; second 4,907; final 2,201)\n"
            "Returned to sender last cycle: 612 (3.3%)\n"
            "Mail drop: {date2}\n"
            "Proofs attached for sign-off; they were rendered from the vendor's test "
            "accounts.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Timecards due by noon",
        "body": (
            "Reminder to the CBO: approve your timecards by noon Monday. {name} and {name2}, "
            "you each have a missed punch on {date}. Holiday pay posts automatically.\n"
            "{name3}, Office Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Call center holiday schedule",
        "body": (
            "Billing call center hours over the holiday:\n"
            "  Wed: 8-5\n  Thu: closed\n  Fri: 9-1 (skeleton crew: {name}, {name2})\n\n"
            "The IVR will offer pay-by-phone and the financial assistance message while we "
            "are closed. Call volume last year on the Friday: 212 calls.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - interpreter services",
        "body": (
            "{company} Language Line\n"
            "Client: {hosp37}, Patient Financial Services\n\n"
            "Language      Calls   Minutes   Rate    Amount\n"
            "Spanish       412     5,188     $0.89   $4,617.32\n"
            "Vietnamese    31      402       $1.25   $502.50\n"
            "Arabic        12      166       $1.25   $207.50\n"
            "Total due: $5,327.32, net 30\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Finance committee: revenue cycle update",
        "body": (
            "Slides for {date}: net patient revenue 2.1% over budget; self-pay mix up from 6% "
            "to 8% after Medicaid redeterminations; uncompensated care $4.2M for the quarter; "
            "initial denial rate down from 11.2% to 9.8%. {name} will present; {name2} to "
            "answer questions on the new collection agency.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "No Surprises Act refresher - required for schedulers",
        "body": (
            "All schedulers and financial counselors must complete the refresher by {date}. "
            "Key points: uninsured and self-pay patients get a good faith estimate within 1 "
            "business day if service is scheduled 3-9 days out, and within 3 business days if "
            "it is 10 or more days out; estimates must list co-providers; patients can dispute "
            "bills $400 or more over the estimate. Trainer: {name}, {role37}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PAST DUE NOTICE - ACCOUNT {account}",
        "body": (
            "CITY WATER & POWER\n"
            "SERVICE ADDRESS: {address}\n"
            "CUSTOMER: {clinic}\n"
            "AMOUNT PAST DUE: {amount}\n"
            "DUE IMMEDIATELY. SERVICE MAY BE INTERRUPTED AFTER {date}.\n"
            "PAY ONLINE OR CALL {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your corporate card statement is ready",
        "body": (
            "{name}, the statement for your corporate card ending {cardend37} is ready. "
            "Statement balance: {amount2}. Payment is made centrally; please reconcile your "
            "transactions and attach receipts by {date}. Flagged: 2 transactions missing "
            "receipts.\nCorporate Card Program\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: FW: renewal quote - claim scrubber",
        "body": (
            "Looks fine, approve it.\n{name2}\n\n"
            "> On {date}, {name} wrote:\n"
            "> The renewal for the claim scrubber is {amount}, up 6%. They added the new\n"
            "> edit pack for CO-16 and CO-50 denials and the NCCI quarterly updates.\n"
            "> \n"
            ">> From: {company} sales\n"
            ">> Quote {invoice} is valid until {date2}. Signed order form to {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Denial API output looks off",
        "body": (
            "The denial-rate feed is returning null for one payer:\n\n"
            '{{"period": "2026-10", "payer": "{payer37}", "denial_rate": null, '
            '"claims": 4120}}\n'
            '{{"period": "2026-10", "payer": "Medicare Part B", "denial_rate": 0.061, '
            '"claims": 9877}}\n\n'
            "Can someone check the ETL job? Ticket {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Second request: invoice {invoice} past due",
        "body": (
            "Dear {name},\n\n"
            "Our records show invoice {invoice} for {amount} (toner and statement paper, PO "
            "{order}) is 45 days past due. Please remit at your earliest convenience or let us "
            "know if there is a problem with the invoice.\n\n"
            "{company} Accounts Receivable\n{phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Self-pay cash prices updated on the website",
        "body": (
            "New self-pay prices (pay in full at the time of service):\n"
            "  Office visit, established ...... $125\n"
            "  Urgent care visit ............... $165\n"
            "  Screening mammogram ............. $210\n"
            "  {cpt37} ... see price list\n"
            "Prices exclude pathology and anesthesia. Approved by {name}, {role37}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PFS huddle notes {date}",
        "body": (
            "- Calls: 4,210 last week, abandonment 7.2% (goal 5%)\n"
            "- Portal payments now 44% of patient cash\n"
            "- {name} is back from vacation Monday; {name2} covers the Spanish queue until then\n"
            "- Reminder: never read a full card number back to a caller\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payer bulletin: {payer37} prior auth changes",
        "body": (
            "Effective {date}, {payer37} will require prior authorization for outpatient "
            "sleep studies, and will no longer require it for screening colonoscopies. Claims "
            "without an auth will deny {carc37}. Scheduling and the auth team have the "
            "updated grid.\n{name}, Payer Relations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Appeals results Q3",
        "body": (
            "Appeals filed: 1,942\n"
            "Overturned: 1,243 (64%)\n"
            "Recovered: $3,804,117\n"
            "Average days to decision: 38\n"
            "Best results: medical-necessity appeals with a physician letter (78% overturned). "
            "Worst: timely filing (9%). Great work, denials team. - {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Desk move Friday",
        "body": (
            "Coding is moving to the 3rd floor on Friday. {name}, {name2} and {name3}: please "
            "box your things by Thursday at 4. IT will move the dual monitors; the encoder and "
            "the query tool will work from the new desks on Monday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

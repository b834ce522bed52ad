"""Held-out split "fresh18": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written without seeing the detector: the author did not read gateway/,
policies/, docs/, tests/, bench/accuracy/vocab/ or README.md (the detector's code,
dictionaries and documentation), did not read the other blind splits fresh8.py ...
fresh17.py, and did not run the detector, the benchmark or any test. Only
bench/accuracy/generate.py, bench/accuracy/fresh6.py and bench/accuracy/fresh7.py were read,
for the placeholder names and the data format, and so as not to repeat their templates or
vocabulary. It is meant to be run once, as an honest, untuned measurement: do not tune the
detector on these templates.

Angle: personalised, patient-facing mail as it really goes out from marketing and
patient-engagement platforms and from practices and health systems to patients: merge-field
appointment and recall reminders, care-gap outreach ("our records show you are due for..."),
refill and adherence nudges, post-visit surveys that quote the visit reason, patient
statements and payment reminders listing services, campaign mail personalised with a
condition or medication, program enrollment (diabetes, weight management, cardiac rehab),
waitlist and cancellation-slot offers, telehealth links, portal notifications that say too
much, SMS-to-email transcripts, and patients' replies to all of these. Names appear in
greetings, "Patient:" lines, salutations and "This email was sent to ..." footers. The hard
negatives come from the same platforms: unpersonalised awareness campaigns naming conditions
and drugs, template previews with unfilled merge tags ({{FirstName}}, *|FNAME|*,
%%first_name%%), seed and test sends to obviously fake recipients, aggregate campaign reports
with counts and condition segments but no individual, unsubscribe and preference
confirmations, staff newsletters naming employees, vendor invoices, event invitations with
speaker names, copay-program ads and deliverability alerts with message IDs and IPs.

The vocabulary below ({dx18} {rx18} {proc18} {test18} {sym18} {gap18} {program18}
{visit18}, FRESH18_VOCAB) was written from general knowledge of how practices, health
systems, pharmacies and engagement vendors word patient mail, and how patients reply. Other
placeholders come from generate.fill() and generate.fresh_fill().

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card-like numbers written literally in the negatives fail the Luhn check, and
the SSN-like literals use impossible area numbers (000, 666, 9xx). One negative quotes the
public sample Medicare number that CMS prints in its own beneficiary material.
"""

from __future__ import annotations

FRESH18_VOCAB: dict[str, list[str]] = {
    "dx18": [
        "moderate-to-severe atopic dermatitis",
        "overactive bladder",
        "diabetic kidney disease",
        "high blood pressure",
        "class II obesity",
        "coronary artery disease",
        "peripheral artery disease",
        "chronic hives",
        "ankylosing spondylitis",
        "an underactive thyroid",
        "long COVID",
        "chronic insomnia",
        "erectile dysfunction",
        "osteopenia",
        "seasonal depression",
        "chronic sinusitis",
        "interstitial cystitis",
        "myasthenia gravis",
        "metabolic syndrome",
        "cluster headaches",
        "rosacea",
        "hearing loss",
        "nicotine dependence",
        "infertility",
        "high triglycerides",
    ],
    "rx18": [
        "Xolair",
        "Nurtec ODT",
        "Ubrelvy 50 mg",
        "Rinvoq 15 mg",
        "Skyrizi",
        "Tremfya",
        "Repatha",
        "Praluent 75 mg",
        "Kerendia 10 mg",
        "Myrbetriq 25 mg",
        "oxybutynin ER 10 mg",
        "Saxenda",
        "phentermine 37.5 mg",
        "Descovy",
        "varenicline",
        "sildenafil 50 mg",
        "Belsomra 10 mg",
        "Linzess 145 mcg",
        "Trelegy Ellipta",
        "Nexletol",
        "Prolia",
        "Qulipta 60 mg",
        "Cosentyx",
        "Armour Thyroid 60 mg",
        "rosuvastatin 20 mg",
        "Vascepa",
    ],
    "proc18": [
        "low-dose CT lung screening",
        "3D mammogram",
        "bone density scan",
        "nerve conduction study",
        "allergy skin testing",
        "Botox injections for migraine",
        "endovenous vein ablation",
        "cortisone injection, right knee",
        "hearing aid fitting",
        "at-home sleep apnea test",
        "coronary calcium scoring CT",
        "mole removal with pathology",
        "IVF consultation",
        "vestibular therapy evaluation",
        "cystoscopy with bladder Botox",
        "diagnostic colonoscopy",
    ],
    "test18": [
        "urine albumin-to-creatinine ratio",
        "fasting lipid panel",
        "eGFR kidney function",
        "liver enzymes (ALT/AST)",
        "iron panel and ferritin",
        "free T4",
        "vitamin B12 and folate",
        "hepatitis C viral load",
        "STI panel",
        "morning testosterone",
        "semen analysis",
        "spirometry",
        "allergy blood panel (IgE)",
        "24-hour blood pressure monitor",
        "thyroid antibodies",
    ],
    "sym18": [
        "sugars over 300 most mornings",
        "swelling in my feet by the end of the day",
        "getting winded walking to the mailbox",
        "itching so bad I can't sleep",
        "leaking urine when I cough or laugh",
        "dizziness every time I stand up",
        "my knee buckling on the stairs",
        "migraines three or four days a week",
        "a rash where I inject",
        "stomach cramps and diarrhea since the dose went up",
        "low sugars in the afternoon",
        "my heart fluttering at night",
        "constant nausea",
        "joint pain in both hands in the morning",
    ],
    "gap18": [
        "yearly dilated eye exam for diabetes",
        "diabetes foot check",
        "A1C recheck",
        "urine kidney screening for diabetes",
        "statin follow-up lipid panel",
        "6-month follow-up mammogram",
        "surveillance colonoscopy (polyps were found last time)",
        "annual low-dose lung CT",
        "INR check",
        "blood pressure recheck",
        "thyroid level check on levothyroxine",
        "hepatitis B vaccine (dose 2 of 3)",
        "lithium level and kidney labs",
        "viral load and CD4 labs",
        "follow-up bone density scan for osteoporosis",
    ],
    "program18": [
        "the Living Well with Diabetes program",
        "Phase II Cardiac Rehabilitation",
        "our Medical Weight Management program",
        "Pulmonary Rehab",
        "the Heart Failure Remote Monitoring program",
        "the Hypertension Home Monitoring program",
        "the National Diabetes Prevention Program",
        "Tobacco Free for Life",
        "the Total Joint Prep class",
        "the Pre-Dialysis Education series",
        "the Bariatric Surgery Pathway",
        "Healthy Mom, Healthy Baby prenatal care",
        "the Chronic Pain Self-Management workshop",
        "the Anticoagulation Clinic",
    ],
    "visit18": [
        "Follow-up: type 2 diabetes",
        "Post-op visit, right knee replacement",
        "Medication check - depression",
        "Sick visit: ear pain and fever",
        "Wound check, left foot ulcer",
        "Prenatal visit (28 weeks)",
        "Allergy injection",
        "New patient consult: irregular heartbeat",
        "Thyroid follow-up",
        "Telehealth: anxiety follow-up",
        "Physical therapy - low back pain",
        "Hepatitis C treatment check-in",
        "IUD check",
        "Suboxone maintenance visit",
        "Mole check / suspicious lesion",
    ],
}


FRESH18_PHI: list[dict] = [
    {
        "subject": "Reminder: your appointment with Dr. {provider_last} on {date}",
        "body": (
            '<table width="600"><tr><td style="font-family:Arial">\n'
            "<p>Hi {first},</p>\n"
            "<p>This is a friendly reminder of your upcoming appointment:</p>\n"
            "<p><b>{visit18}</b><br>\n"
            "Dr. {provider}<br>\n"
            "{date} at {time}<br>\n"
            "{clinic}, {address}</p>\n"
            '<p><a href="https://remind.example/c/{code}">Confirm</a> | '
            '<a href="https://remind.example/r/{code}">Reschedule</a></p>\n'
            '<p style="font-size:10px">This email was sent to {email} on behalf of {clinic}. '
            "Please do not reply to this message.</p>\n"
            "</td></tr></table>\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first}, our records show you are due",
        "body": (
            "Dear {name},\n\n"
            "Our records show you are due for your {gap18}. Because you are living with "
            "{dx18}, staying on top of this check helps Dr. {provider_last} catch problems "
            "early.\n\n"
            "Book online at https://book.example/{code} or call {phone}. If you have already "
            "had this done somewhere else, reply with the date and location so we can update "
            "your chart.\n\n"
            "Patient: {name} | MRN {mrn}\n"
            "{clinic} Care Team\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Time to refill?",
        "body": (
            "Hi {first},\n\n"
            "Our records show your last fill of {rx18} was on {date2}. Based on a 30-day "
            "supply, you may be running low. Tap below to request a refill and we'll have it "
            "ready in 24 hours.\n\n"
            "[ Refill Rx #{code} ]\n\n"
            "{company} Pharmacy\n"
            "You are receiving this message because {name} enrolled in refill reminders. "
            "Sent to {email}. Manage alerts in the app.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS conversation export",
        "body": (
            "Conversation export - Patient Messaging\n"
            "Contact: {name} ({phone})\n"
            "Campaign: Adherence check-in, week 3\n\n"
            "[{date2} {time}] {clinic}: Hi {first}! Quick check: did you take your {rx18} "
            "today? Reply Y or N.\n"
            "[{date2} {time}] {phone}: N\n"
            "[{date2} {time}] {clinic}: Thanks for letting us know. What got in the way? "
            "1) Forgot 2) Side effects 3) Cost 4) Other\n"
            "[{date2} {time}] {phone}: 2. {sym18}\n"
            "[{date2} {time}] {clinic}: We've let your care team know. A nurse will call you "
            "within 1 business day.\n\n"
            "Flagged for nurse review. Assigned to {provider_first}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "How was your visit with Dr. {provider_last}?",
        "body": (
            "Hi {first},\n\n"
            "You recently visited {clinic} on {date}.\n"
            "Reason for visit: {visit18}\n\n"
            "On a scale of 0 to 10, how likely are you to recommend us to a friend or family "
            "member?\n\n"
            "0  1  2  3  4  5  6  7  8  9  10\n\n"
            "It takes less than two minutes. Your answers go to our patient experience team.\n"
            "\nThis survey was sent to {name} at {email}. Unsubscribe from surveys.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your statement from {clinic} is ready",
        "body": (
            "PATIENT STATEMENT\n"
            "Statement date: {date}\n"
            "Patient: {name}\n"
            "Guarantor: {name2}\n"
            "Account #: {account}\n\n"
            "Date of service  Description                           Charges\n"
            "{date2}       {proc18}                   {amount}\n"
            "                 Insurance payment                     -{amount2}\n\n"
            "Diagnosis: {icd}\n"
            "Amount due: please see the portal for your current balance.\n\n"
            "Pay online at https://pay.example/{code} or call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Re: Payment reminder - balance due",
        "body": (
            "Hi, sorry this is late. Please put the balance for my {proc18} on this card: "
            "{card}, exp 09/28, zip is on file. I thought insurance was supposed to cover all "
            "of it since Dr. {provider_last} ordered it.\n\n"
            "{name}\n"
            "Account {account}\n\n"
            "> On {date}, {clinic} Billing wrote:\n"
            "> Dear {first}, our records show a balance of {amount} on your account. Please "
            "pay by {date2} to avoid collections.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "{first}, new options for managing your condition",
        "body": (
            "Dear {name},\n\n"
            "As someone living with {dx18}, you may qualify for a newer treatment approach "
            "that many of our patients find easier to stick with. Dr. {provider_last} would "
            "like to talk it through with you at your next visit.\n\n"
            "Your current medication on file: {rx18}\n\n"
            "Schedule a visit: {phone}\n\n"
            "{clinic}\n"
            "This message was sent to {email} because you are a patient of {clinic}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome to {program18}, {name}!",
        "body": (
            "We're so glad you joined. Your first session is on {date} at {time} at "
            "{address}. Please bring a list of your current medications and wear comfortable "
            "shoes.\n\n"
            "Your coach is {provider_first}. Questions? Call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Cardiac rehab referral received - {name}",
        "body": (
            "Dear {first},\n\n"
            "Dr. {provider} has referred you to our cardiac rehabilitation program following "
            "your stent placement on {date2}. Medicare and most plans cover up to 36 "
            "sessions.\n\n"
            "Your intake appointment: {date} at {time}. We will check your blood pressure and "
            "heart rhythm before and after exercise, so please take your usual morning "
            "medicines.\n\n"
            "Cardiac Rehab | {clinic} | {phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "An earlier appointment just opened up",
        "body": (
            "Hi {first} {last},\n\n"
            "You're on our waitlist for {proc18} with Dr. {provider_last}. A cancellation "
            "just opened a slot on {date2} at {time}.\n\n"
            "Reply YES within 2 hours to claim it. If we don't hear from you, we'll offer it "
            "to the next person and keep your current appointment.\n\n"
            "{clinic} Scheduling\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your video visit link for {date}",
        "body": (
            "Hello {name},\n\n"
            "Your telehealth visit is ready.\n"
            "Visit: {visit18}\n"
            "Clinician: {provider}, NP\n"
            "Time: {time}\n\n"
            "Join here: https://video.example/j/{code}?pid={mrn}\n\n"
            "Before you join, please have your {rx18} bottle or box handy and, if you have "
            "one, a recent blood pressure reading.\n\n"
            "Trouble connecting? Call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New test result for {name}: {test18}",
        "body": (
            "A new test result is available in your patient portal.\n\n"
            "Test: {test18}\n"
            "Status: Abnormal - see comments\n"
            "Ordered by: Dr. {provider}\n\n"
            "Log in to view the full result. You are receiving this email because "
            "notifications are turned on for {email}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "You have a new message from Dr. {provider_last}",
        "body": (
            "Hi {first},\n\n"
            "You have a new secure message in the portal.\n\n"
            'Preview: "Hi {first}, your {test18} looks better than in the spring, but your '
            "{dx18} is still not where we want it. I'd like to increase the {rx18} and see "
            'you in..."\n\n'
            "Read the full message: https://portal.example/msg/{code}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: You're due for your {gap18}",
        "body": (
            "I already had this done at the {company} clinic in {year2}, can you get the "
            "records from them? Also FYI I stopped taking the {rx18} a month ago because of "
            "{sym18}. Dr. {provider_last} doesn't know yet.\n\n"
            "{name}\n"
            "DOB {dob}\n\n"
            "> On {date} {clinic} <no-reply@outreach.example> wrote:\n"
            "> Dear {first}, our records show you are due for your {gap18}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Tips for managing {dx18} this winter",
        "body": (
            "Please take me off this list. Yes I have {dx18}, I don't need an email about it "
            "every week, and my wife reads this inbox.\n\n"
            "{name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "It's time for your recheck",
        "body": (
            "Dear {name},\n\n"
            "At your last visit on {date2}, Dr. {provider_last} asked to see you again in six "
            "months to recheck your {dx18}. It has now been seven months.\n\n"
            "Please call {phone} or book online. If you have moved or changed doctors, let "
            "us know and we will stop these reminders.\n\n"
            "Sincerely,\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IMPORTANT: Overdue health screening",
        "body": (
            "DEAR {upper_name},\n\n"
            "OUR RECORDS INDICATE THAT YOUR {gap18} IS OVERDUE.\n\n"
            "Members with {dx18} who skip this check are more likely to end up in the "
            "hospital. Your plan covers it at no cost when you see an in-network provider.\n"
            "\nMember ID: {member}\n"
            "Call {phone} (TTY 711), 8 am - 8 pm, 7 days a week.\n"
            "{company} Health Plan, Quality Outreach\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medicare Annual Wellness Visit - you're eligible",
        "body": (
            "Dear {name},\n\n"
            "Your Medicare Annual Wellness Visit is covered at no cost. At this visit we will "
            "also review your {dx18} and your prescriptions, including {rx18}.\n\n"
            "Medicare number on file: {mbi}\n"
            "Primary care provider: Dr. {provider}\n\n"
            "Call {phone} to schedule. Please bring your red, white and blue card.\n"
            "{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Re: your bill",
        "body": (
            "Hello billing,\n\n"
            "I got a bill for the {proc18} on {date2} and it says insurance denied it. The "
            "insurance company told me you have the wrong subscriber number. My SSN is "
            "{ssn} if that helps find me, and my member ID is {member}. Please resubmit.\n\n"
            "Thank you,\n{name}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "New survey response",
        "body": (
            "New response received - Post-visit survey\n\n"
            "Patient: {name}\n"
            "Visit date: {date}\n"
            "Provider: Dr. {provider}\n"
            "Visit reason: {visit18}\n"
            "Score: 3 / 10\n"
            'Comment: "Waited 50 minutes and nobody explained my {test18} results. I still '
            'have {sym18}."\n\n'
            "Follow-up required: YES (detractor). Assigned to {name2}, Patient Experience.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name}, your {rx18} is ready for pickup",
        "body": (
            "Pickup at: {company} Pharmacy, {address}\n"
            "Ready until: {date}\n"
            "Copay: {amount2}\n"
            "Text STOP to opt out of pharmacy alerts.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Appointment confirmed: {name} - {proc18} - {date}",
        "body": (
            "Thank you for confirming. Please arrive 15 minutes early and bring your photo "
            "ID and insurance card.\n{clinic} | {phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Balance due for {name} (Acct {account})",
        "body": (
            "Dear {first},\n\n"
            "You have a balance of {amount} for services on {date2}:\n"
            "  - Office visit, {visit18}\n"
            "  - {test18}\n\n"
            "Pay now: https://pay.example/{code}\n"
            "Questions? Our billing team is available at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Care gap closed: {last}, {first} - Dx {icd}",
        "body": (
            "The {gap18} care gap for this patient was closed by a claim received on {date}. "
            "The patient will be removed from next month's outreach list.\n\n"
            "Quality Outreach Platform | automated notice\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Waitlist: {intl_name} accepted the {date2} {proc18} slot",
        "body": (
            "The offer was accepted by text at {time}. The original appointment on {date} "
            "has been released to the next person on the list. No action needed.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Patient {upper_name} opted out of {program18} reminders",
        "body": (
            'Opt-out received by reply email. Reason given: "I finished it already."\n'
            "Suppression applied to all campaigns in this program.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Hard bounce - MRN {mrn}",
        "body": (
            "The reminder for {gap18} could not be delivered to {email}.\n"
            "Remote server said: 550 5.1.1 mailbox does not exist.\n"
            "Please update the patient's email address in the EHR; the patient will get a "
            "text reminder at {phone} instead.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "AutoPay is set up",
        "body": (
            "Hi {first},\n\n"
            "Thanks for setting up AutoPay for your payment plan. We will charge "
            "{amount2} to card {card} on the 15th of each month until the balance for your "
            "{proc18} is paid.\n\n"
            "Patient: {name}\nAccount: {account}\n\n"
            "To change your card, visit the billing portal or call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Please review before your visit",
        "body": (
            "Hi {first}, please review the information we have on file before your visit on "
            "{date}. Reply to this email if anything is wrong.\n\n"
            "Name: {name}\n"
            "Date of birth: {dob}\n"
            "SSN: {ssn}\n"
            "Address: {address}\n"
            "Reason for visit: {visit18}\n"
            "Preferred pharmacy: {company} Pharmacy\n\n"
            "Online check-in opens 3 days before your appointment.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "You're enrolled: Medicare Diabetes Prevention Program",
        "body": (
            "Dear {name},\n\n"
            "Your enrollment in the Medicare Diabetes Prevention Program is complete. Your "
            "lab results showed prediabetes, so Medicare covers the full year of sessions.\n\n"
            "MBI: {mbi}\n"
            "First session: {date} at {time}\n"
            "Lifestyle coach: {provider}\n\n"
            "See you there!\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Receipt for your payment",
        "body": (
            "Thank you for your payment of {amount2}.\n\n"
            "Patient: {name}\n"
            "Date of service: {date2}\n"
            "CPT 99214   Office visit, established patient   ICD-10 {icd}\n"
            "Procedure   {proc18}                            ICD-10 {icd}\n"
            "Payment method: Visa ending in 4417\n"
            "Confirmation: {ref}\n\n"
            "Keep this receipt for your HSA or FSA records.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Reminder",
        "body": (
            "{first}, Dr. {provider_last} wants to see you for your {dx18} follow-up. Reply 1 "
            "to book, 2 to call us. Reply STOP to opt out. -{clinic}\n\n"
            "[SMS delivered to {phone}, copied to email]\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "You're crushing it this week!!",
        "body": (
            "Hey {first}!\n\n"
            "Okay, I looked at your numbers and I am SO proud of you. You logged your meals "
            "5 out of 7 days, your walks are up to 25 minutes, and your fasting numbers "
            "dropped every single day since Monday. That's the {program18} magic working.\n\n"
            "Two things for this week:\n"
            "1. Keep taking your {rx18} with dinner, not breakfast - you mentioned "
            "{sym18} and that usually helps.\n"
            "2. Weigh in Friday morning before coffee so we compare apples to apples.\n\n"
            "You've got this. Text me anytime at {phone}.\n\n"
            "{provider_first}\n"
            "Your health coach\n\n"
            "--\n"
            "Sent to {name} <{email}> by the {clinic} coaching team.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your flu shot matters more this year",
        "body": (
            "Dear {name},\n\n"
            "Because your chart shows {dx18}, you are at higher risk of complications from "
            "flu. We have set aside a vaccine for you. Walk in Monday to Friday, 8 am to 4 pm, "
            "or book a time that suits you.\n\n"
            "Already vaccinated elsewhere? Reply with the date so we can update your record.\n"
            "\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thanks for talking with us today",
        "body": (
            "Hi {name},\n\n"
            "Thanks for speaking with our nurse today after your {proc18}. Here's a summary "
            "of what we talked about:\n"
            "- You mentioned {sym18}. If it gets worse, call us right away.\n"
            "- Keep taking {rx18} as prescribed.\n"
            "- Your follow-up is on {date} with Dr. {provider_last}.\n\n"
            "Nurse line (24/7): {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Cancellation slot available",
        "body": (
            "YES I'll take it!! I've had {sym18} for two weeks so the sooner the better.\n"
            "{name}, DOB {dob}\n\n"
            "On {date}, {clinic} wrote:\n"
            "> A {date2} {time} opening is available for your {proc18}. Reply YES to claim.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your CPAP usage report",
        "body": (
            "Hi {first} {last},\n\n"
            "Here is your sleep therapy summary for the last 30 days:\n"
            "  Nights used: 19 of 30\n"
            "  Average use: 3 hr 40 min per night\n"
            "  Mask leak: high\n"
            "  Events per hour (AHI): 6.2\n\n"
            "Most insurers require at least 4 hours a night on 70% of nights to keep covering "
            "your machine. Dr. {provider_last}'s team can help with mask fit: {phone}.\n\n"
            "{company} Home Medical\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your specialty medication delivery",
        "body": (
            "{name}, your next shipment of {rx18} is scheduled for delivery on {date} to "
            "{address}.\n\n"
            "This medication must be refrigerated. Someone 18 or older must sign for it.\n\n"
            "Reply 1 to confirm, 2 to change the date. Questions about side effects? Our "
            "pharmacists are available 24/7 at {phone}.\n"
            "{company} Specialty Pharmacy\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first}'s monthly health snapshot",
        "body": (
            "YOUR HEALTH SNAPSHOT - {date}\n\n"
            "Name: {name}\n"
            "Conditions we're tracking with you: {dx18}\n"
            "Active medications: {rx18}\n"
            "Next due: {gap18}\n"
            "Last visit: {date2}, Dr. {provider}\n\n"
            "Log in to see trends and message your care team.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "We haven't seen you in a while",
        "body": (
            "Dear {name},\n\n"
            "Your prescription for {rx18} requires a visit with Dr. {provider_last} at least "
            "every six months. Our records show your last visit was on {date2}. To avoid a "
            "gap in your medication, please schedule an appointment before {date}.\n\n"
            "Call {phone} or use the portal.\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder / Recordatorio",
        "body": (
            "Dear {intl_name},\n\n"
            "Our records show you are due for your {gap18}. Please call {phone} to schedule.\n"
            "\nEstimado/a {intl_name}: nuestros registros muestran que le toca su {gap18}. "
            "Llame al {phone} para hacer una cita.\n\n"
            "{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[PROOF] Variant B - {first}, don't let {dx18} slow you down",
        "body": (
            "This is a proof of your campaign rendered with a real recipient from the "
            "selected list.\n\n"
            "Recipient: {name} <{email}>\n"
            "Segment: {dx18}, active on {rx18}\n"
            "Merge data: MRN={mrn}; PCP=Dr. {provider_last}; LastVisit={date2}\n\n"
            "---- rendered message ----\n"
            "Hi {first}, don't let {dx18} slow you down. Ask Dr. {provider_last} about "
            "{program18} at your next visit.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: {first} is due for a well-child visit",
        "body": (
            "Dear parent or guardian,\n\n"
            "{first} {last} (born {dob}) is due for a well-child visit and a flu shot. "
            "Because of {first}'s {dx18}, Dr. {provider_last} would also like to review how "
            "things are going at school.\n\n"
            "Call {phone} to book.\n{clinic} Pediatrics\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Join our free class!",
        "body": (
            "hi, is this the class for people on {rx18}? dr {provider_last} put me on it last "
            "month for my {dx18} and i have {sym18}. can i still come if i'm not sure i'll "
            "stay on it. my number is {phone}\n\n"
            "- {first} {last}\n\n"
            "Sent from my iPhone\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH18_NEG: list[dict] = [
    {
        "subject": "This month: understanding {dx18}",
        "body": (
            '<div class="preheader">Tips, recipes and events for the whole family</div>\n'
            "<h1>Understanding {dx18}</h1>\n"
            "<p>Millions of Americans live with {dx18}, and many don't know it. Our "
            "specialists explain the warning signs, when to see a doctor and how treatments "
            "such as {rx18} work.</p>\n"
            "<h2>Also inside</h2>\n"
            "<ul><li>5 ways to sleep better</li><li>Slow-cooker chili</li>"
            "<li>Free blood pressure checks at the library</li></ul>\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[Preview] {{{{FirstName}}}}, you're due for your {gap18}",
        "body": (
            "TEMPLATE PREVIEW - merge fields not populated\n\n"
            "Hi {{{{FirstName}}}},\n\n"
            "Our records show you are due for {{{{CareGapName}}}}. Dr. "
            "{{{{PCP.LastName}}}} recommends booking before {{{{DueDate}}}}.\n\n"
            "Patient: {{{{Patient.FullName}}}} | MRN {{{{MRN}}}}\n\n"
            "Preview generated by {name} (Marketing) on {date}. Template ID {ref}, "
            "version {version}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "*|FNAME|*, your refill of *|MED_NAME|* is ready",
        "body": (
            "Hi *|FNAME|* *|LNAME|*,\n\n"
            "Your prescription for *|MED_NAME|* is ready at *|STORE_NAME|*. We will hold it "
            "until *|HOLD_DATE|*.\n\n"
            "This email was sent to *|EMAIL|*\n"
            "why did I get this?    unsubscribe from this list    update subscription "
            "preferences\n"
            "*|LIST:ADDRESSLINE|*\n\n"
            "[Test email sent by {name} from the campaign builder]\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "%%first_name%%, join {program18}",
        "body": (
            "Dear %%first_name%%,\n\n"
            "As someone living with %%condition_display%%, you may benefit from "
            "{program18}. Sessions start %%next_cohort_date%% at %%site_name%%.\n\n"
            "%%=RedirectTo(@enroll_url)=%%\n\n"
            "This email was sent to: %%emailaddr%%\n"
            "%%Member_Busname%% | %%Member_Addr%% | %%Member_City%%\n"
            "Unsubscribe: %%profile_center_url%%\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[SEED] Appointment reminder - {proc18}",
        "body": (
            "Hi Test,\n\n"
            "This is a reminder of your {proc18} on {date} at {time} with Dr. {provider_last}.\n"
            "\nPatient: PATIENT, TEST  DOB 01/01/1900  MRN 0000000\n"
            "SSN on file: 000-00-0000\n\n"
            "This email was sent to seed-list-04@inbox-placement.example\n"
            "Seed send for inbox placement testing. Not a real patient.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Campaign report: care gap outreach, {date}",
        "body": (
            "Campaign: Diabetes eye exam + kidney screening outreach\n"
            "Sent: {count}\n"
            "Delivered: 97.8%\n"
            "Opened: 41.2%\n"
            "Clicked 'Book now': 6.9%\n"
            "Appointments booked within 14 days: 388\n\n"
            "By segment:\n"
            "  A1C > 9, no eye exam in 12 months ........ 1,204 sent, 8.1% booked\n"
            "  {dx18} + diabetes ......................... 866 sent, 5.4% booked\n"
            "  On {rx18}, no kidney screening ............ 512 sent, 7.0% booked\n\n"
            "Unsubscribes: 23. Spam complaints: 2.\n"
            "Prepared by {name}, Population Health Analytics\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "You've been unsubscribed",
        "body": (
            "{email} has been removed from the Healthy Living newsletter.\n\n"
            "You will still receive messages about your appointments and bills, which are "
            "not marketing. Unsubscribed by mistake? Resubscribe here: "
            "https://prefs.example/r/{code}\n\n"
            "{company} on behalf of {clinic}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your communication preferences were updated",
        "body": (
            "Your preferences were saved on {date} at {time}.\n\n"
            "Email newsletters: ON\n"
            "Text messages: OFF\n"
            "Topics: Recipes, Fitness, Community events\n"
            "Language: English\n\n"
            "If you did not make this change, contact us at {phone}.\n"
            "This email was sent to {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient Experience team news",
        "body": (
            "Hello team,\n\n"
            "Big month! {name} launched the new {program18} outreach sequence, and {name2} "
            "rebuilt the post-visit survey so it fits on one phone screen. Please welcome "
            "{name3}, who joins us as patient engagement manager on {date}.\n\n"
            "Reminder: our campaign review meeting moves to Thursdays at {time}.\n"
            "{provider_first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{company} invoice {invoice}",
        "body": (
            "Bill to: {clinic}\n"
            "Billing period: October\n\n"
            "Platform license (12 locations)          $2,400.00\n"
            "SMS messages sent: 48,210 @ $0.0075       $361.58\n"
            "Email sends: 212,904 (included)           $0.00\n"
            "Two-way texting add-on                   $150.00\n\n"
            "Total due: {amount}   Due {date}\n"
            "PO {order}. Remit by ACH; details on file.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free community talk: living with {dx18}",
        "body": (
            "Join Dr. {provider}, {specialty} specialist at {clinic}, for a free talk on "
            "living well with {dx18}: new treatments, what the research says about {rx18}, "
            "and questions from the audience.\n\n"
            "{date}, 6:30 pm, {address}. Light dinner served.\n"
            "RSVP to {name} at {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pay as little as $5 a month for {rx18}",
        "body": (
            "Commercially insured? You may pay as little as $5 per fill with the savings "
            "card. Show this card at the pharmacy:\n\n"
            "  BIN: 610020   PCN: PDMI   GROUP: 99992112\n"
            "  ID: 4912 3456 7890 1234\n\n"
            "Not valid for patients with Medicare, Medicaid or other government insurance. "
            "Maximum annual benefit applies. Program may change or end without notice.\n"
            "{company} Patient Support | {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[Alert] Bounce rate above threshold on campaign {ref}",
        "body": (
            "Campaign {ref} exceeded the hard-bounce threshold (5.4% vs 2.0%).\n\n"
            "Sending IP: {ip}\n"
            "Pool: transactional-2\n"
            "Sample Message-ID: <{uuid}@mta.outreach.example>\n"
            "Top response: 550 5.7.1 Message rejected due to local policy\n\n"
            "Sending has been paused automatically. Review the list source before resuming.\n"
            "Deliverability Team, ticket {ticket}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DMARC aggregate report for reminders.{company}.example",
        "body": (
            "Reporting period: {date} 00:00 UTC to 23:59 UTC\n"
            "Source IP        Count   SPF    DKIM   Disposition\n"
            "{ip}       {count}    pass   pass   none\n"
            "203.0.113.44     12      fail   fail   quarantine\n\n"
            "Report ID {uuid}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Please review template: Refill nudge v3",
        "body": (
            "Hi {name},\n\n"
            "Can you approve the new refill nudge before it goes to compliance?\n\n"
            "Subject: [Patient First Name], time to refill [Medication]\n"
            "Body: Hi [Patient First Name], our records show it's been [Days Since Fill] days "
            "since your last fill. Tap to refill.\n\n"
            "Character count is fine for SMS (118). Legal asked us to drop the drug name from "
            "the subject line, so version 4 will say 'your prescription' instead.\n\n"
            "{name2}\nLifecycle Marketing\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Segment built: colorectal screening gap",
        "body": (
            "Segment definition:\n"
            "  Age 45-75\n"
            "  No colonoscopy in 10 years, no stool test in 1 year\n"
            "  Exclude: hospice, colectomy, opted out of marketing\n\n"
            "Result: 3,412 patients across 9 clinics. Largest: {clinic} (611).\n"
            "Export is restricted to the outreach platform; no patient-level file was "
            "emailed.\n"
            "Built by {name}, ticket {ticket}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Webinar: cut no-shows by 30% with two-way texting",
        "body": (
            "Hi there,\n\n"
            "Practice managers: join {name}, VP of Customer Success at {company}, and "
            "{name2}, practice administrator at {clinic}, on {date} for a 45-minute webinar "
            "on reminder timing, waitlist auto-fill and recall campaigns for patients with "
            "{dx18}.\n\n"
            "Register: https://webinars.example/{code}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Flu shots now available at {clinic}",
        "body": (
            "Dear Patient,\n\n"
            "Flu vaccines are here! Everyone 6 months and older should get one each year, "
            "especially people with {dx18}, heart or lung disease, or diabetes. Walk in "
            "weekdays 8-4, no appointment needed.\n\n"
            "Most insurance plans cover the flu shot at no cost.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Same-day appointments this week",
        "body": (
            "Need to be seen soon? {clinic} has same-day and next-day appointments this "
            "week for sick visits, sprains, rashes and medication refills. Book online in under "
            "a minute at https://book.example/{code}.\n\n"
            "Open Saturdays 9-1.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Release notes {version}: automated waitlist offers",
        "body": (
            "New in {version}:\n"
            "- Waitlist auto-fill: when a slot is cancelled, the next patient on the list "
            "gets a text like 'Hi Alex, an earlier appointment opened on Tuesday at 9:40. "
            "Reply YES to take it.'\n"
            "- Offers expire after a configurable window (default 2 hours).\n"
            "- New report: slots refilled per week.\n\n"
            "Build {build}. Questions: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Scheduled maintenance: video visits",
        "body": (
            "Video visits will be unavailable on Sunday {date} from 1:00 to 3:00 am Eastern "
            "while we upgrade the media servers ({ip} and its standby). Visits booked in "
            "that window have been moved by the scheduling team.\n\n"
            "Change {ticket}, version {version}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient survey results, Q3",
        "body": (
            "Net Promoter Score by department:\n"
            "  Cardiology 71 | Dermatology 64 | Orthopedics 58 | Primary care 49\n\n"
            "Top themes in comments: parking (212 mentions), wait times (187), friendly "
            "front desk (164). Comments mentioning {dx18} care were mostly positive.\n\n"
            "Response rate 18.6% ({count} responses). Full report on the intranet.\n"
            "{name}, Director of Patient Experience\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your statements are getting a new look",
        "body": (
            "Starting {date}, patient statements from {clinic} will use a simpler design. "
            "Here is a sample:\n\n"
            "  Patient: JOHN Q SAMPLE          Account: 000000000\n"
            "  Service: Office visit           Charges: $000.00\n"
            "  Insurance paid: $000.00         You owe: $000.00\n\n"
            "Nothing changes about how you pay. Questions: {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Settlement report, batch {ref}",
        "body": (
            "Batch {ref} settled on {date}.\n"
            "Transactions: {count}\n"
            "Gross: {amount}\n"
            "Refunds: 14\n"
            "Chargebacks: 1 (card ending 0119, reason code 13.1)\n"
            "Net deposit to account ending 7730 on the next business day.\n\n"
            "Merchant ID 4147 2026 1188 3052\n"
            "{company} Payments\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "20% off home health essentials",
        "body": (
            "This week only at {company} Pharmacy: 20% off blood pressure monitors, "
            "glucose meters, pill organizers and compression socks. Use code HEALTHY20 at "
            "checkout or show this email in store.\n\n"
            "Ask our pharmacist about {rx18} savings programs.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Outreach specialist of the quarter",
        "body": (
            "Congratulations to {name}, who made more than 2,000 outreach calls this quarter "
            "and helped close 1,140 {gap18} gaps across our clinics. {first} also trained "
            "four new schedulers on the recall workflow. Lunch is on us Friday!\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New program launches: {program18}",
        "body": (
            "We are proud to launch {program18} at three locations. The program is led by "
            "{provider}, with dietitian {name} and exercise physiologist {name2}. Patients "
            "with {dx18} or a related condition can ask their primary care provider for a "
            "referral.\n\n"
            "Media contact: {name3}, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[TEST SEND] As someone living with {dx18}...",
        "body": (
            "Hi QA Tester,\n\n"
            "As someone living with {dx18}, you may be eligible for our new program. "
            "Ask about {rx18} at your next visit.\n\n"
            "Recipient: qa.tester+variantA@example.com | DOB 01/01/1901 | MRN TEST0001 | "
            "SSN 666-01-2345\n"
            "Internal test send from the staging environment, build {build}. Do not "
            "forward.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "SMS template preview",
        "body": (
            "Template: Refill reminder (English)\n"
            "Text: Hi <first_name>, time to refill <drug_name> at <pharmacy>. Reply R to "
            "refill or STOP to opt out.\n"
            "Length: 92 characters (1 segment)\n"
            "Sample values used: first_name=Sam, drug_name=Example Drug 10 mg, "
            "pharmacy=Main St\n"
            "Approved by {name} on {date}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Campaign scheduled: Cardiac Rehab Awareness",
        "body": (
            "Your campaign 'Cardiac Rehab Awareness' is scheduled for {date} at {time}.\n"
            "Audience: patients discharged after a heart attack or stent in the last 90 days "
            "who have not started rehab (8,420 recipients).\n"
            "Suppressions applied: deceased, opted out, under 18.\n"
            "Scheduled by {name}. To cancel, open the campaign before the send time.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Undelivered Mail Returned to Sender",
        "body": (
            "This is the mail system at host mta3.outreach.example.\n\n"
            "I'm sorry to have to inform you that your message could not be delivered.\n\n"
            "<seed-07@inboxtest.example>: host mx.inboxtest.example[{ip}] said: 552 5.2.2 "
            "mailbox full\n\n"
            "Reporting-MTA: dns; mta3.outreach.example\n"
            "Final-Recipient: rfc822; seed-07@inboxtest.example\n"
            "Action: failed\n"
            "Status: 5.2.2\n"
            "Original-Message-ID: <{uuid}@outreach.example>\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder for the marketing team: keep diagnoses out of subject lines",
        "body": (
            "Hi all,\n\n"
            "Quick reminder from compliance ({name}, Privacy Officer): patient mail can go "
            "to shared inboxes and lock screens. Never put a condition, drug or test in a "
            "subject line. 'Your [condition] results' or 'Time to refill [drug]' are not OK; "
            "'You have a new message' is. Campaigns about {dx18} or {rx18} go to opted-in "
            "audiences only.\n\n"
            "Thanks,\n{name2}\nMarketing Operations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Renewal quote: patient engagement platform",
        "body": (
            "Hi {first},\n\n"
            "Attached is the 3-year renewal quote for {company}. Pricing stays at "
            "$0.42 per patient per month for 61,000 active patients, with two-way texting "
            "and survey modules included. Signature needed by {date}.\n\n"
            "{name2}\nAccount Executive\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: patient outreach coordinator",
        "body": (
            "{clinic} is hiring a full-time patient outreach coordinator to run recall and "
            "care-gap campaigns ({gap18}, annual wellness visits, flu season). Experience "
            "with texting platforms and Epic or athena preferred. Hiring manager: {name}. "
            "Req #{code}. Apply by {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Starting {rx18}? What to expect in your first month",
        "body": (
            "Dear Friend,\n\n"
            "Thank you for signing up for updates. Here is what many people notice in the "
            "first weeks on {rx18}, tips for common side effects, and how to reach a nurse "
            "educator. Always follow your doctor's instructions.\n\n"
            "Please see full Prescribing Information and Medication Guide.\n"
            "{company} | Unsubscribe | Privacy\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Spring schedule for {program18}",
        "body": (
            "Cohort A: Mondays 5:30 pm, starting {date} (instructor {name})\n"
            "Cohort B: Wednesdays 10 am, starting {date2} (instructor {name2})\n"
            "Virtual cohort: Thursdays noon (instructor {provider})\n\n"
            "Referrals: fax {phone}. Open to adults 18+.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Merge field mapping changed",
        "body": (
            "With integration version {version}, EHR field mappings for outreach templates "
            "changed:\n"
            "  PatientFirstName  -> {{{{patient.first}}}}\n"
            "  PCPDisplayName    -> {{{{provider.display}}}}\n"
            "  CareGapDesc       -> {{{{gap.description}}}}\n"
            "Old tags will render blank after {date}. Please update your templates.\n"
            "Integration team, build {build}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "A/B test results: recall subject lines",
        "body": (
            "Test ran {date} to {date2} on {count} recipients per arm.\n\n"
            "A: 'Your health, your schedule'          open 38.1%   booked 4.2%\n"
            "B: 'Time for your check-up'              open 44.7%   booked 5.9%\n"
            "C: 'A message from your doctor's office' open 47.3%   booked 6.1%\n\n"
            "Winner: C. Rolling out to all recall campaigns next week.\n{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Weekly opt-out summary",
        "body": (
            "STOP replies this week: 212\n"
            "HELP replies: 31\n"
            "Carrier-blocked numbers: 9, e.g. (***) ***-4471, (***) ***-0932\n"
            "Email unsubscribes: 148\n\n"
            "All opt-outs were applied to the suppression list within 5 minutes.\n"
            "Report {ref}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medicare open enrollment: what's new",
        "body": (
            "Dear Medicare beneficiary,\n\n"
            "Open enrollment runs October 15 to December 7. Have your Medicare card handy "
            "when you call. Your Medicare number (MBI) has 11 characters, for example "
            "1EG4-TE5-MK73; it is not your Social Security number.\n\n"
            "Beware of callers asking for your number in exchange for free genetic tests or "
            "back braces. Call {phone} with questions.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tell us about your experience",
        "body": (
            "<html><head><style>p {{ margin: 0 0 12px; }} .btn {{ color: #fff; }}</style>"
            "</head><body>\n"
            "<p>Dear patient,</p>\n"
            "<p>We are always looking for ways to improve. Please take our five-question "
            "survey about your recent visit.</p>\n"
            '<p><a class="btn" href="https://survey.example/s/{code}">Start survey</a></p>\n'
            "<p>Survey ID {uuid}</p>\n"
            "</body></html>\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card declined on the vendor portal",
        "body": (
            "Hi {first},\n\n"
            "The card we have on file for the texting platform, 5310 8821 4406 7715, was "
            "declined for the {amount} monthly charge, and the backup 4485 2730 1161 0294 "
            "failed validation. Can you send a new card to finance? Invoice {invoice}.\n\n"
            "{name2}, Accounts Payable\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient advisory council: apply by {date}",
        "body": (
            "Have you or a family member been a patient at {clinic}? Our Patient and Family "
            "Advisory Council meets monthly to review letters, reminders and our website. "
            "No medical background needed. Contact coordinator {name} at {email} or "
            "{phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

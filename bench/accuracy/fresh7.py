"""Held-out split "fresh7": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written without seeing the detector: the author did not read gateway/,
policies/, docs/, tests/ or bench/accuracy/vocab/ (the detector's code, dictionaries and
documentation), and did not run the detector, the benchmark or any test. Only
bench/accuracy/generate.py and bench/accuracy/fresh6.py were read, for the placeholder names
and the data format, and so as not to repeat their templates or vocabulary. It is meant to be
run once, as an honest, untuned measurement: do not tune the detector on these templates.

The vocabulary below ({dx7} {rx7} {proc7} {test7} {sym7}, FRESH7_VOCAB) was written from
general knowledge of how clinicians, patients, billing and front-desk staff write. Other
placeholders come from generate.fill() and generate.fresh_fill().

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The gift card numbers written literally in the negatives fail the Luhn check.
"""

from __future__ import annotations

FRESH7_VOCAB: dict[str, list[str]] = {
    "dx7": [
        "moderate persistent asthma",
        "HFpEF",
        "CKD stage 4",
        "Hashimoto's thyroiditis",
        "hereditary hemochromatosis",
        "left lower lobe pneumonia",
        "cervical radiculopathy",
        "lumbar spinal stenosis",
        "a-fib with RVR",
        "SVT",
        "pyelonephritis",
        "Barrett's esophagus",
        "IBS-D",
        "fatty liver disease",
        "anemia of chronic disease",
        "vitamin D deficiency",
        "MDD, recurrent, moderate",
        "social anxiety disorder",
        "borderline personality disorder",
        "binge eating disorder",
        "meth use disorder",
        "early-onset Alzheimer's",
        "essential tremor",
        "restless legs",
        "diabetic retinopathy",
        "periodontitis",
        "TMJ disorder",
        "an ovarian cyst",
        "DCIS of the left breast",
        "multiple myeloma",
        "papillary thyroid cancer",
        "prediabetes",
        "a fractured ankle",
    ],
    "rx7": [
        "Zepbound 2.5 mg weekly",
        "Rybelsus 7 mg",
        "Tresiba 24 units daily",
        "pioglitazone 15 mg",
        "Brilinta 90 mg BID",
        "clopidogrel 75 mg",
        "diltiazem ER 180 mg",
        "hydralazine 25 mg TID",
        "Zetia 10 mg",
        "pravastatin 40 mg",
        "Effexor XR 75 mg",
        "Prozac 20 mg",
        "buspirone 10 mg",
        "Ambien 5 mg",
        "mirtazapine 15 mg at bedtime",
        "Lamictal 100 mg",
        "Latuda 40 mg",
        "Concerta 36 mg",
        "naltrexone 50 mg",
        "Vivitrol shots",
        "a Z-Pak",
        "Diflucan 150 mg",
        "Symbicort 160/4.5",
        "Spiriva",
        "Enbrel 50 mg",
        "Otezla 30 mg",
        "potassium chloride 20 mEq",
        "ibuprofen 800 mg",
        "Percocet 5/325",
        "chlorhexidine mouth rinse",
    ],
    "proc7": [
        "total hip arthroplasty",
        "reverse shoulder replacement",
        "L4-L5 microdiscectomy",
        "carotid endarterectomy",
        "AV fistula creation",
        "inguinal hernia repair",
        "robotic prostatectomy",
        "LEEP",
        "hysteroscopy",
        "endometrial ablation",
        "tubal ligation",
        "scaling and root planing",
        "dental implant, #30",
        "full-mouth extractions",
        "ECT",
        "TMS therapy",
        "flexible sigmoidoscopy",
        "EUS with FNA",
        "kyphoplasty",
        "trigger finger release",
        "YAG capsulotomy",
        "ear tubes",
        "loop recorder implant",
        "PICC line placement",
    ],
    "test7": [
        "urine microalbumin",
        "thyroid ultrasound",
        "renal ultrasound",
        "carotid duplex",
        "CTA chest",
        "MRI brain w/wo contrast",
        "Lexiscan stress test",
        "ANA panel",
        "rheumatoid factor",
        "uric acid",
        "lithium level",
        "valproic acid level",
        "HPV co-test",
        "quant beta hCG",
        "GC/chlamydia NAAT",
        "stool O&P",
        "panoramic X-ray",
        "ankle-brachial index",
    ],
    "sym7": [
        "chest pressure going up stairs",
        "swollen glands in the neck",
        "a cough with green phlegm",
        "waking up gasping for air",
        "heartburn every night",
        "bleeding gums",
        "a toothache on the left side",
        "jaw pain when chewing",
        "hearing voices again",
        "only sleeping 3 hours a night",
        "losing my balance",
        "hot flashes",
        "spotting between periods",
        "hives all over",
        "no bowel movement in a week",
        "feeling shaky and sweaty",
        "a pounding headache behind the eyes",
    ],
}


FRESH7_PHI: list[dict] = [
    {
        "subject": "Your treatment plan from today's visit",
        "body": (
            "Hi {first},\n\n"
            "Thanks for coming in today. As Dr. {provider_last} explained, your X-rays show "
            "bone loss around the lower back teeth and a cracked filling on #19. Here is the "
            "plan we went over:\n\n"
            "  1. Scaling and root planing, lower left and lower right (2 visits)\n"
            "  2. Crown, tooth #19\n"
            "  3. Periodontal maintenance cleanings every 3 months after that\n\n"
            "Estimated insurance payment: {amount}\n"
            "Your estimated portion: {amount2}\n\n"
            "We have you down for the first visit on {date} at {time}. Reply to this email or "
            "call {phone} with any questions.\n\n"
            "The team at {provider_last} Family Dental\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coordination of care",
        "body": (
            "Dr. {provider_last},\n\n"
            "I am writing, with a signed release on file, about {intl_name}, whom I have seen "
            "weekly for individual therapy since {date}. Over the past month the client has "
            "reported {sym7} and passive thoughts of not wanting to wake up, without plan or "
            "intent. We have a written safety plan. Given the history of {dx7}, I wonder "
            "whether a medication review is warranted; current medication is {rx7}.\n\n"
            "I can be reached at {phone} on Tuesdays and Thursdays.\n\n"
            "{name2}, LPC\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medicare Advantage enrollment - action needed",
        "body": (
            "Applicant: {name}\n"
            "Medicare number (MBI): {mbi}\n"
            "Date of birth: {dob}\n"
            "Requested effective date: {date}\n\n"
            "CMS returned a mismatch on the Part A entitlement date, so the application is on "
            "hold. Please call the applicant to confirm the date on the red, white and blue "
            "card. The applicant also listed {rx7} on the pharmacy questionnaire; a coverage "
            "review for it will start once enrollment is confirmed.\n\n"
            "Enrollment Operations\n{company} Health Plans\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Payment plan set up",
        "body": (
            "Hi {first},\n\n"
            "Your payment plan for the balance from your {proc7} is all set. We will charge "
            "{amount2} to the card you gave us over the phone ({card}) on the 1st of each "
            "month until the {amount} balance is paid off.\n\n"
            "If anything changes, call the billing office at {phone}, Monday to Friday 8-4:30.\n"
            "\nPatient Financial Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Your results are in",
        "body": (
            "Hi {first} - Dr. {provider_last} looked at your {test7} from {date}. It shows "
            "your {dx7} is about the same as last time, so no change to the {rx7} for now. "
            "We'd like to repeat it in 3 months; the front desk will send you a reminder.\n\n"
            "{provider_first}, MA\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rx transfer request",
        "body": (
            "TRANSFER REQUEST\n"
            "From: {company} Pharmacy #{ext}\n"
            "Patient: {last}, {first}\n"
            "DOB: {dob}\n"
            "Address: {address}\n"
            "Rx: {rx7}, qty 30, 2 refills remaining\n"
            "NDC: {ndc}\n"
            "Original prescriber: Dr. {provider}, NPI {npi}\n\n"
            "Please fax the transfer to {phone} or call the pharmacist on duty.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: appointment on {date}",
        "body": (
            "{name},\n"
            "This is a reminder of your appointment at {clinic} on {date} at {time} for your "
            "{proc7}.\n"
            "- Nothing to eat or drink after midnight\n"
            "- Hold your {rx7} that morning unless Dr. {provider_last} told you otherwise\n"
            "- An adult must drive you home\n"
            "Reply C to confirm or call {phone} to reschedule.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "duplicate chart",
        "body": (
            "Hi HIM,\n\n"
            "Looks like registration created a second chart for {name}, DOB {dob}. Old MRN "
            "{mrn}, new MRN {mrn2}. Same address ({address}) and phone on both. Can you merge?"
            "\n\nthanks\n{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Interpreter request",
        "body": (
            "Requesting an in-person interpreter (language is in the registration) for "
            "{intl_name}, {proc7} on {date}, arrival {time}, pre-op bay 2. The patient's son "
            "will be there but should not interpret for the consent.\n\n"
            "Unit clerk, Day Surgery, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: question about my son's medicine",
        "body": (
            "Hi {first},\n\n"
            "Yes, it's fine to give it with food, and it's OK if he misses one dose. If he "
            "still has {sym7} on Monday, please bring him in.\n\n"
            "{provider_first}, RN\nPediatric nurse line\n\n"
            "-----Original Message-----\n"
            "From: {name} <{email}>\n"
            "Sent: {date}\n"
            "Subject: question about my son's medicine\n\n"
            "Hello, my son (born {dob}) started the {rx7} Dr. {provider_last} prescribed "
            "yesterday. Can he take it with food? It upsets his stomach. He also still has "
            "{sym7}.\n"
            "Thanks, {first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "visiting my brother",
        "body": (
            "Hello,\n\n"
            "My brother {name} was admitted to your behavioral health unit on {date}. I know "
            "he has {dx7} and it got really bad this time. What are the visiting hours, and can "
            "I bring his own clothes? His psychiatrist outside the hospital had him on {rx7}, "
            "in case nobody told you.\n\n"
            "He signed something so you can talk to me.\n\n"
            "{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "cancel thursday",
        "body": (
            "hi this is {name}, i need to cancel my {proc7} on thursday. i've had {sym7} since "
            "the weekend and i don't think i should come in like this. can someone call me to "
            "rebook? {phone}\n\n"
            "sent from my phone\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "rm 4",
        "body": (
            "{last} in rm 4 - {age}yo, here for {sym7}, hx {dx7}. bp 168/94 on arrival, "
            "152/90 on recheck. took her {rx7} this am. dr {provider_last} wants {test7} "
            "before she leaves, can u draw when ur free\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} (MRN {mrn}) - {dx7}",
        "body": "Signed the note. Needs a 2 wk f/u, front desk pls schedule.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "STAT {test7} - {last}, {first}, ED bay 9",
        "body": (
            "Ordered at {time} and still not collected. Can phlebotomy come down?\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Eligibility: {name} SSN {ssn}",
        "body": (
            "Payer came back 'subscriber not found' with the member ID but active when I ran "
            "it with the SSN. Coverage is good for the {proc7} on {date}, copay {amount2}. "
            "Updated the insurance screen.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Claim {claim} - {name} - Dx {icd}",
        "body": (
            "Denied CO-11, diagnosis inconsistent with procedure. Sending to coding to review "
            "before we appeal.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "{intl_name}: POD 1 after {proc7}",
        "body": (
            "Pain controlled on orals, walked the hall twice, tolerating clears. Plan d/c "
            "tomorrow if AM labs are ok.\n{provider}, PA-C\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "PA needed: {rx7} for {first} {last} ({dob})",
        "body": (
            "Rejected at the pharmacy, needs prior auth. Dx is {dx7}, has already failed two "
            "other agents, both documented in the last note. Can you start it today? She runs "
            "out tomorrow.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: MRN {mrn}",
        "body": (
            "Lab called, the specimen was hemolyzed. She needs a redraw before Friday. I left a "
            "voicemail.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Encounter form {date}",
        "body": (
            "ENCOUNTER FORM\n"
            "Patient: {upper_name}\n"
            "Acct #: {account}\n"
            "DOS: {date}\n"
            "Rendering: {provider}, NPI {npi}\n\n"
            "CPT     Units  Dx\n"
            "99204   1      {icd}\n"
            "36415   1      {icd}\n\n"
            "Chief complaint: {sym7}\n"
            "Self-pay discount applied. Labs sent out.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Accounts placed with agency",
        "body": (
            "The following account was placed with {company} Recovery on {date} after 120 days "
            "with no payment:\n\n"
            "Guarantor/patient: {name}\n"
            "SSN: {ssn}\n"
            "DOB: {dob}\n"
            "Last known address: {address}\n"
            "Services: {proc7} (DOS {date2})\n"
            "Balance: {amount}\n\n"
            "Forward any payment or correspondence from the patient to the agency.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Intake - new client",
        "body": (
            "Client: {name}\n"
            "DOB: {dob}\n"
            "Referred by: {provider}, PCP\n"
            "Presenting concern: {sym7}\n"
            "Prior diagnoses: {dx7}\n"
            "Current meds: {rx7}\n"
            "Substance use: alcohol 3-4 drinks most nights, denies other\n"
            "SI/HI: denies\n"
            "Insurance: {company} EAP, 6 sessions authorized\n"
            "First appointment: {date} at {time} (telehealth)\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Add-on order",
        "body": (
            "Please add a {test7} to the specimen collected this morning on {name} (DOB {dob}). "
            "Dx code for medical necessity: {icd}. Bill the patient's insurance, not the client "
            "account. Order #{order}.\n\n"
            "{sig}"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
]


FRESH7_NEG: list[dict] = [
    {
        "subject": "Order {order} confirmed",
        "body": (
            "Thank you for your order.\n\n"
            "Glucose meter test strips, box of 50 x 20\n"
            "Lancets, 30G, box of 100 x 10\n"
            "Alcohol prep pads x 4 cases\n\n"
            "Ships from our Memphis warehouse. Tracking: {tracking}\n"
            "Questions? {phone}\n{company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{company} invoice {invoice}",
        "body": (
            "Item        Description                          Qty   Price\n"
            "{sku}  A1C reagent cartridges (10 tests)     6     {amount2}\n"
            "Freight                                           1     $45.00\n\n"
            "Total due: {amount}   Due date: {date}\n"
            "Please reference {invoice} on your remittance.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] VPN certificate renewal",
        "body": (
            "The VPN certificate for remote-access gateway {ip} expires on {date}. Change "
            "request {uuid} is scheduled for Saturday 02:00-04:00. Remote users will need to "
            "reconnect once afterwards.\n\nNetwork Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New fax number for referrals",
        "body": (
            "Dear referring offices,\n\n"
            "Starting {date}, please send all referrals to our new fax line. Our NPI ({npi}) "
            "and mailing address are unchanged. The old number will forward for 60 days.\n\n"
            "{sig}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your winter wellness newsletter",
        "body": (
            "Inside this month:\n"
            "* Flu season is here: where to get a flu shot without an appointment\n"
            "* COVID vaccine: what's changed this year\n"
            "* Vegan? Why B12 matters\n"
            "* Ask the pharmacist: can I take {rx7} with cold medicine?\n"
            "* Understanding {dx7}\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Public health alert: pertussis cases rising",
        "body": (
            "The health department has recorded 41 cases of pertussis (whooping cough) so far "
            "this year, more than double last year's total, mostly among school-age children. "
            "Providers should test patients with a cough lasting two weeks or more, treat "
            "confirmed cases and close contacts with azithromycin, and confirm that pregnant "
            "patients receive Tdap between 27 and 36 weeks. Report cases within one working "
            "day to {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Staff meeting moved to B12",
        "body": (
            "Thursday's staff meeting is moving to room B12 in the basement (past the old COVID "
            "testing area). Agenda: flu clinic staffing, training on the new point-of-care A1C "
            "machine, and the holiday schedule.\n\n{name}\nPractice Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your thank-you gift cards",
        "body": (
            "Hi {first},\n\n"
            "Thanks again for volunteering at the health fair! Here are your two $25 gift "
            "cards:\n\n"
            "Card 1: 6035 7150 2291 4408, PIN 3317\n"
            "Card 2: 6035 7150 2291 4416, PIN 8842\n\n"
            "They can be used at the hospital cafe and gift shop.\n\n"
            "Volunteer Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Retirement celebration for Dr. {provider_last}",
        "body": (
            "After 31 years, Dr. {provider} is retiring. She did the first {proc7} at this "
            "hospital in {year} and trained a generation of residents. Join us in the "
            "atrium on {date} at 4 pm for cake and stories.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New episode: Ask the Pharmacist",
        "body": (
            "In this week's episode, our clinical pharmacist {name} talks about {rx7}: who it "
            "is for, common side effects, and what the research says about it for people with "
            "{dx7}. Listen wherever you get your podcasts.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Press release: new chief of orthopedic surgery",
        "body": (
            "FOR IMMEDIATE RELEASE\n\n"
            "{clinic} today named {name}, MD, chief of orthopedic surgery. {last}, whose "
            "research on outcomes after {proc7} has been widely cited, joins from {company}. "
            '"We are thrilled," said CEO {name2}.\n\n'
            "Media contact: {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: outpatient therapist (LCSW/LPC)",
        "body": (
            "Our behavioral health practice is hiring a full-time outpatient therapist. "
            "Clinical director {name} is looking for someone with experience treating {dx7} "
            "in adults, and DBT training is a plus. Hybrid schedule, no weekends. Apply by "
            "{date}; req #{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rep visit Thursday",
        "body": (
            "FYI {name} from {company} is stopping by Thursday around 11 to drop off {rx7} "
            "samples and the new patient savings cards. She asked for 10 minutes with Dr. "
            "{provider_last} if possible.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "IRB approval",
        "body": (
            "Good news: the IRB approved Dr. {provider}'s study comparing {test7} with usual "
            "care for screening adults with {dx7}. Recruitment starts {date}. Protocol number "
            "{code}.\n\nOffice of Research\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Congratulations, {first}!",
        "body": (
            "{name}, nurse practitioner in our endocrine clinic, has received the state "
            "association's Clinical Excellence Award for her community program on {dx7}. "
            "Please join us in congratulating her at Friday's huddle.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Benefits webinar: prescription coverage",
        "body": (
            "Not sure how your drug plan works? On {date} at noon, {name} from our pharmacy "
            "benefit manager will explain tiers, mail order and step therapy, using {rx7} as "
            "an example, and what changes next year for {proc7} under the medical plan.\n\n"
            "Human Resources | {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Author talk at the medical library",
        "body": (
            "{name}, whose new book follows three families through the early years of {dx7}, "
            "will read and sign copies in the medical library on {date} at 5:30. Free and open "
            "to staff and the public.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Webinar invite: remote monitoring",
        "body": (
            "Hello Dr. {provider_last},\n\n"
            "{name}, RN, clinical specialist at {company}, will host a 30-minute webinar on "
            "{date} about remote monitoring programs for practices that manage {dx7}, "
            "including how {test7} results flow into your EHR.\n\n"
            "Register: https://events.example/{code}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "DBT skills group starts next month",
        "body": (
            "Our new DBT skills group, led by {provider}, LCSW, and {name}, LPC, runs Tuesday "
            "evenings for 12 weeks starting {date}. Please send referrals to the front desk; "
            "the group is a good fit for clients working on emotion regulation.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Performance review scheduled",
        "body": (
            "Hi {first},\n\n"
            "Your annual performance review with {name2} is on {date} at {time} in the HR "
            "conference room. Please finish your self-evaluation in the learning portal "
            "beforehand.\n\nThanks,\nHuman Resources\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Name change processed",
        "body": (
            "{name}, your name change has been processed in payroll and the directory. Your "
            "email address will change to the new name on {date}; mail to the old address "
            "will forward for 90 days. Please stop by Security for a new badge. Employee ID "
            "{code} stays the same.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome to the billing team",
        "body": (
            "Please welcome {name} and {name2}, who join Patient Financial Services on Monday. "
            "{first} will handle commercial payers and sits by the window; extension {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Courier pickup changes",
        "body": (
            "Starting {date}, the lab courier will pick up from the satellite clinics at 11:30 "
            "and 4:00 instead of 3:00. Please have specimen bags sealed and the manifest "
            "printed. Today's shipment to the reference lab went out under {tracking}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now accepting new patients",
        "body": (
            "{provider_last} Family Dental is welcoming new patients of all ages. We offer "
            "cleanings, fillings, crowns, implants and treatment for gum disease, and we are "
            "in network with most major dental plans. Book online or call {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

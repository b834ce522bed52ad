"""Held-out split "fresh11": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written blind to the detector: the author did not read gateway/, policies/,
docs/, tests/, bench/accuracy/vocab/, README.md or bench/accuracy/fresh8.py, fresh9.py and
fresh10.py, did not grep them, and did not run the detector, the benchmark, any test or any
git command. Only three files were read: bench/accuracy/generate.py (for the placeholder
names of fill() and fresh_fill() and the Template format), and bench/accuracy/fresh6.py and
bench/accuracy/fresh7.py (for the data format, and so as not to repeat their templates or
vocabulary). It is meant to be run once, as an honest, untuned measurement: do not tune the
detector on these templates.

The vocabulary below ({dx11} {rx11} {proc11} {test11} {sym11}, FRESH11_VOCAB) was written
from general knowledge of everyday US primary-care, urgent-care, pediatric, dental, eye,
physical-therapy and long-term-care mail, as patients, parents, caregivers, schedulers and
billers write it, with some specialist terms. Other placeholders come from generate.fill()
and generate.fresh_fill(); none of the detector-derived ones ({condition}, {med}, {med2},
{procedure}, {lab}) is used.

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card-like numbers written literally in the negatives fail the Luhn check.
"""

from __future__ import annotations

FRESH11_VOCAB: dict[str, list[str]] = {
    "dx11": [
        "strep throat",
        "an ear infection",
        "pink eye",
        "hand, foot and mouth disease",
        "croup",
        "RSV bronchiolitis",
        "a sinus infection",
        "swimmer's ear",
        "eczema",
        "impetigo",
        "ringworm",
        "mono",
        "a concussion",
        "a sprained wrist",
        "seasonal allergies",
        "hyperlipidemia",
        "stage 1 hypertension",
        "long COVID",
        "influenza A",
        "walking pneumonia",
        "a diabetic foot ulcer",
        "early cataracts",
        "dry eye syndrome",
        "amblyopia (lazy eye)",
        "keratoconus",
        "an abscessed tooth",
        "a herniated disc",
        "tennis elbow",
        "osteopenia",
        "insomnia",
        "newborn jaundice",
        "chronic constipation",
        "a bee sting allergy",
        "bacterial vaginosis",
        "a heart murmur",
        "peripheral artery disease",
        "Lewy body dementia",
        "a bedsore on the tailbone",
        "a broken hip",
        "whiplash",
        "degenerative disc disease",
        "scoliosis",
        "seasonal affective disorder",
        "hemorrhoids",
        "chlamydia",
    ],
    "rx11": [
        "amoxicillin 400 mg/5 mL",
        "cefdinir 300 mg",
        "Omnicef suspension",
        "Xofluza",
        "children's Motrin",
        "children's Tylenol 160 mg/5 mL",
        "Zyrtec 10 mg",
        "Claritin",
        "Flonase",
        "Qvar 40 mcg",
        "Flovent HFA 44 mcg",
        "Ventolin HFA",
        "Focalin XR 10 mg",
        "guanfacine ER 1 mg",
        "Strattera 25 mg",
        "hydroxyzine 25 mg",
        "prednisolone liquid",
        "dexamethasone 10 mg",
        "mupirocin ointment",
        "triamcinolone 0.1% cream",
        "permethrin 1% lotion",
        "Polytrim eye drops",
        "Ciprodex ear drops",
        "glimepiride 2 mg",
        "Victoza 1.2 mg",
        "Basaglar 30 units",
        "NovoLog FlexPen",
        "valsartan 160 mg",
        "chlorthalidone 12.5 mg",
        "simvastatin 20 mg",
        "famotidine 20 mg",
        "MiraLAX",
        "cyclobenzaprine 10 mg",
        "naproxen 500 mg",
        "Celebrex 200 mg",
        "Voltaren gel",
        "lidocaine patches",
        "latanoprost drops",
        "Celexa 20 mg",
        "Paxil",
        "melatonin 3 mg",
        "donepezil 10 mg",
        "Namenda",
        "Prolia",
        "Nexplanon",
        "Depo-Provera",
        "Sprintec",
        "acyclovir 400 mg",
        "Tessalon Perles",
        "promethazine DM syrup",
    ],
    "proc11": [
        "adenoidectomy",
        "circumcision",
        "tongue-tie release",
        "I&D of an abscess",
        "ingrown toenail removal",
        "wart freezing",
        "laceration repair (4 stitches)",
        "wrist splint fitting",
        "IV fluids",
        "ear wax removal",
        "cortisone shot in the knee",
        "trigger point injections",
        "chiropractic adjustment",
        "dry needling",
        "LASIK",
        "crown lengthening",
        "two fillings, upper right",
        "extraction of tooth #3",
        "night guard fitting",
        "allergy shots",
        "skin tag removal",
        "shave biopsy",
        "endometrial biopsy",
        "Mirena replacement",
        "pessary fitting",
        "foreign body removal from the ear",
        "forearm cast",
        "closed reduction of a finger fracture",
        "sclerotherapy",
        "hemorrhoid banding",
        "Botox for migraines",
        "umbilical hernia repair",
        "spinal cord stimulator trial",
        "breathing treatment",
    ],
    "test11": [
        "rapid strep",
        "throat culture",
        "rapid flu swab",
        "COVID/flu/RSV swab",
        "monospot",
        "lead level",
        "newborn hearing screen",
        "fingerstick hemoglobin",
        "urine dip",
        "urine pregnancy test",
        "fingerstick glucose",
        "PPD skin test",
        "hepatitis B titer",
        "varicella titer",
        "low-dose CT lung screening",
        "wrist X-ray",
        "foot X-rays, 3 views",
        "knee MRI",
        "pelvic ultrasound",
        "transvaginal ultrasound",
        "abdominal ultrasound",
        "peak flow",
        "allergy skin testing",
        "visual field test",
        "OCT of the retina",
        "bitewing X-rays",
        "EMG/nerve conduction study",
        "audiogram",
        "stool culture",
        "H. pylori breath test",
        "celiac panel",
        "type and screen",
        "procalcitonin",
        "ammonia level",
        "morning cortisol",
        "testosterone level",
        "overnight oximetry",
        "fecal calprotectin",
        "coronary calcium score",
        "2-hour glucose tolerance test",
    ],
    "sym11": [
        "a barking cough",
        "pulling at the ears",
        "a fever of 103",
        "not keeping any fluids down",
        "fewer wet diapers",
        "a bullseye-looking rash",
        "red, goopy eyes",
        "a stuffy nose for two weeks",
        "peeing every hour",
        "diarrhea since Sunday",
        "throwing up since last night",
        "the knee giving out on stairs",
        "pain shooting down the back of the leg",
        "a stiff neck",
        "sharp heel pain first thing in the morning",
        "fingers going numb at night",
        "a sore on the foot that won't heal",
        "more confusion than usual",
        "two falls this week",
        "a whistling sound when breathing",
        "new floaters in the right eye",
        "a curtain over part of the vision",
        "burning, watery eyes",
        "sensitivity to cold on a back tooth",
        "a swollen cheek",
        "shoulder pain reaching overhead",
        "lightheadedness when standing up",
        "ear pain",
        "feeling down and not sleeping",
        "an itchy scalp",
        "nosebleeds that won't stop",
        "a bruise that keeps getting bigger",
        "swelling in one calf",
        "headaches every afternoon",
    ],
}


FRESH11_PHI: list[dict] = [
    # Parent to pediatrician, through the portal.
    {
        "subject": "Question after Tuesday's visit",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "My daughter {name} (DOB {dob}) was seen on Tuesday for {dx11} and you started "
            "her on {rx11}. She is on day 3 and still has {sym11}, and last night she barely "
            "slept. Is that normal at this point or should I bring her back in? She goes back "
            "to daycare Monday if she's ok.\n\n"
            "Thanks so much,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Adult child about an elderly parent.
    {
        "subject": "Dad's new medicine",
        "body": (
            "Hello,\n\n"
            "I'm writing about my father, {intl_name}. He is 84 and lives alone at {address}. "
            "Since Dr. {provider_last} added {rx11} at his last visit he has had {sym11}, and "
            "yesterday the neighbor found him sitting on the bathroom floor. He won't call you "
            "himself because he doesn't want to be a bother. Could someone call me, or him at "
            "his home number {phone}? I'm on his HIPAA form.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Urgent-care follow-up call notes.
    {
        "subject": "UC callbacks {date}",
        "body": (
            "Follow-up calls, urgent care, day shift:\n\n"
            "1. {last}, {first} - seen 2 days ago for {dx11}, {test11} neg, culture still "
            "pending. Says feeling better, finishing {rx11}. No further action.\n"
            "2. {intl_name} - no answer, LVM at {phone} to call back re x-ray over-read.\n"
            "3. {name2} - wrong number on file, sent portal message.\n\n"
            "{provider_first}, MA\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # School nurse to a parent.
    {
        "subject": "{first} {last}: fever, sent home today",
        "body": (
            "Hello,\n\n"
            "{first} came to the health office at 10:40 this morning with {sym11} and a "
            "temperature of 100.9. Grandma picked up at 11:15. Per district policy students "
            "may return after 24 hours without a fever and without fever-reducing medicine. "
            "The asthma action plan we have on file lists {rx11}; it was not needed today.\n\n"
            "{provider}, RN\nSchool Nurse\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    # Camp health form.
    {
        "subject": "Camp health form - session 2",
        "body": (
            "CAMPER HEALTH FORM\n"
            "Camper: {name}\n"
            "Date of birth: {dob}\n"
            "Cabin: Bluejay\n"
            "Health conditions: {dx11}\n"
            "Medication to be given by camp nurse: {rx11}, with breakfast\n"
            "Allergies: latex\n"
            "Insurance: {company}, member ID {member}\n"
            "Parent/guardian: {name2}, cell {phone}\n"
            "Physician: Dr. {provider}, {clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Physical-therapy progress note.
    {
        "subject": "PT progress note - {name}",
        "body": (
            "Referring: Dr. {provider}\n"
            "Dx: {dx11}\n"
            "Visits: 8 of 12 authorized\n\n"
            "S: Reports {sym11} is about half what it was at eval. Sleeping better.\n"
            "O: Shoulder flexion 150 deg (eval 110). Grip 28 kg L, 34 kg R.\n"
            "A: Good progress toward goals; still limited with overhead reaching at work.\n"
            "P: Continue 2x/week x 2 weeks, add {proc11} next visit if tolerated. Re-eval "
            "{date}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    # Chiropractor to a new patient.
    {
        "subject": "Your care plan at our office",
        "body": (
            "{name},\n\n"
            "Thanks for coming in on {date}. Based on your exam and {test11}, Dr. "
            "{provider_last} found {dx11} with muscle guarding in the lower back. The plan we "
            "discussed is a {proc11} three times a week for 4 weeks, then twice a week, with "
            "home stretches. Your insurance covers 20 visits a year; your copay is {amount2}."
            "\n\nSee you Monday at {time}.\n{clinic} Chiropractic\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Optometrist results and glasses order.
    {
        "subject": "Your eye exam results and eyeglass order",
        "body": (
            "Dear {name},\n\n"
            "Thank you for visiting us. Your {test11} showed {dx11}, which Dr. "
            "{provider_last} would like to recheck in six months. For now, use {rx11} as "
            "directed. Your new glasses (order {order}) should be ready in 7-10 days; we will "
            "text {phone} when they arrive.\n\n"
            "{clinic} Vision Center\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Dentist's recall list, internal.
    {
        "subject": "Hygiene recall - overdue",
        "body": (
            "Overdue for 6-month recall, please call:\n\n"
            "{upper_name}\n"
            "Last visit: {date2}\n"
            "Pending treatment: {proc11}\n"
            "Medical alert: {dx11}, takes {rx11}\n"
            "Home: {phone}\n\n"
            "Has cancelled twice, try texting.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Pharmacy prior-authorization denial.
    {
        "subject": "Prior authorization denied: {rx11}",
        "body": (
            "COVERAGE DETERMINATION - DENIED\n"
            "Member: {name}\n"
            "Member ID: {member}\n"
            "DOB: {dob}\n"
            "Drug: {rx11}\n"
            "Diagnosis submitted: {icd}\n"
            "Reason: Step therapy not met. The plan requires a trial of two formulary "
            "alternatives first.\n"
            "Prescriber: {provider}, NPI {npi}\n"
            "You or your prescriber may request a redetermination within 65 days.\n"
            "{company} Pharmacy Benefits\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    # Member's question about an EOB.
    {
        "subject": "Question about my EOB",
        "body": (
            "Hello,\n\n"
            "I received an explanation of benefits for claim {claim} saying the {proc11} I had "
            "on {date} was not medically necessary. I have had {dx11} for years and my doctor "
            "said this was the next step. What do I need to send to appeal? My member ID is "
            "{member}.\n\n"
            "{name}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Billing dispute quoting the service.
    {
        "subject": "Billing dispute - {name} - {proc11}",
        "body": (
            "To the billing office,\n\n"
            "I was billed {amount} for the {proc11} at your urgent care on {date}, but I paid "
            "my {amount2} copay at check-in with card {card} and was told that was all I "
            "would owe. The bill also lists an office visit I did not have. Please send an "
            "itemized statement for account {account}.\n\n"
            "{name}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    # Hospital discharge instructions sent to a family member.
    {
        "subject": "Discharge instructions for your mother",
        "body": (
            "Dear {name2},\n\n"
            "As your mother, {name}, asked us to, here are her discharge instructions.\n\n"
            "Reason for stay: {dx11}\n"
            "New medicine: {rx11}\n"
            "Follow up with Dr. {provider_last} within one week and have a {test11} done "
            "before that visit.\n"
            "Call 911 or come back if she has {sym11} or new chest pain.\n\n"
            "Case Management, 3 South\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Nursing-home incident report.
    {
        "subject": "Incident report - fall - {last}, {first}",
        "body": (
            "Resident: {name}, room 214B\n"
            "Date/time: {date} {time}\n"
            "Found sitting on the floor next to the bed by CNA {name3}. Resident states she "
            "was going to the bathroom. Complains of {sym11}. History of {dx11}; on {rx11}.\n"
            "Vitals stable. Dr. {provider_last} notified, ordered {test11}. Daughter "
            "{name2} notified by phone at {phone}.\n"
            "Bed alarm on, fall mat placed.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    # Telehealth visit summary.
    {
        "subject": "Your video visit summary",
        "body": (
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Visit: video, {date}, with {provider}, PA-C\n"
            "Reason for visit: {sym11}\n"
            "Assessment: {dx11}\n"
            "Plan: {rx11} sent to your pharmacy. If not better in 5 days, come in person for "
            "a {test11}.\n"
            "Questions? Reply here or call {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Lab critical-value call log.
    {
        "subject": "Critical call log, night shift {date}",
        "body": (
            "Time  | Patient          | MRN      | Test             | Called to      | RB\n"
            "{time} | {upper_name} | {mrn} | {test11} | Dr. {provider_last} | Y\n"
            "02:40 | {intl_name} | {mrn2} | potassium 2.7 | ED charge RN | Y\n\n"
            "Both read back, documented in the LIS.\n"
            "Core Lab\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Referral coordinator's tracker.
    {
        "subject": "Referral tracker - week of {date}",
        "body": (
            "Patient | Reason | To | Status\n"
            "{name} | {dx11} | Ortho | sent {date2}, waiting on auth\n"
            "{intl_name} | {proc11} | Peds ENT | scheduled, mom aware\n"
            "{name3} | {test11} | Imaging | pt wants a Saturday slot\n\n"
            "Anything over 14 days gets a call from me Friday.\n"
            "{provider_first}, referral coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Clinic huddle list.
    {
        "subject": "Huddle {date}",
        "body": (
            "Morning schedule, Dr. {provider_last}:\n"
            "8:00  {name} - {sym11}, new pt, interpreter booked\n"
            "8:20  {name2} - f/u {dx11}, needs {test11} today\n"
            "8:40  {intl_name} - well visit, due for flu shot\n"
            "9:00  {name3} - {proc11}, consent signed\n"
            "Open slot at 9:20 for a same-day sick visit.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Reply-all mistake.
    {
        "subject": "RE: Holiday potluck sign-up",
        "body": (
            "Sorry everyone, this was meant only for {provider_first}!\n\n"
            "{provider_first} - can you call {name} back this afternoon? Her {test11} came "
            "back and it looks like {dx11}. Dr. {provider_last} wants {rx11} sent to the "
            "pharmacy she uses and a recheck in two weeks.\n\n"
            "> I'll bring the cornbread. - {name3}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Terse, text-like note.
    {
        "subject": "call pls",
        "body": "{first} {last} {dob} wants a call re her {test11}. {phone}. thx\n",
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Subject carries the patient and a symptom.
    {
        "subject": "Sick add-on: {first} {last}, {sym11}",
        "body": (
            "Mom says it started Sunday. Can I put her at 3:40 with Dr. {provider_last}? "
            "Let me know.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    # Fax cover with MRN in the Subject.
    {
        "subject": "Fax cover: {upper_name}, MRN {mrn}",
        "body": (
            "14 pages including the {test11} report and last consult note. Please confirm "
            "receipt at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    # Medicare wellness outreach list.
    {
        "subject": "AWV due - {name}, MBI {mbi}",
        "body": (
            "Needs the annual wellness visit before Dec 31; last AWV {date2}. Care gaps: "
            "{test11}, flu shot. Please call to schedule with Dr. {provider_last}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    # Workers' compensation.
    {
        "subject": "WC claim - {name} - SSN {ssn}",
        "body": (
            "Injured at work on {date}, lifting boxes off a pallet. Diagnosed with {dx11} "
            "and treated in our clinic with {proc11}. Restrictions: no lifting over 10 lb "
            "until re-check. Adjuster is {name2}, {email}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    # Coding question with the ICD code in the Subject.
    {
        "subject": "Dx {icd} for {first} {last}? coding question",
        "body": (
            "Provider documented {dx11} but the charge came over with {icd}. Payer wants a "
            "more specific code before they pay. Can you look before I send it back?\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    # Home-care agency shift note.
    {
        "subject": "Shift note",
        "body": (
            "Client: {intl_name}\n"
            "Caregiver: {name2}\n"
            "Gave {rx11} at 8 am with oatmeal. Client had {sym11} after lunch; called the "
            "daughter, who will tell the doctor. Helped with shower, walked to the mailbox "
            "with the walker.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Patient sends an address change, refill and SSN.
    {
        "subject": "Change of address and a refill",
        "body": (
            "Hi, this is {name}, DOB {dob}. I moved to {address}, and my email is now "
            "{email}. Can you also send a refill of my {rx11} for the {dx11}? My SSN is {ssn} "
            "if you need it to find my chart.\n"
            "Thank you\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    # Allergy clinic, patient named only.
    {
        "subject": "Your shot schedule",
        "body": (
            "Hi {name},\n\n"
            "Now that your skin testing confirmed {dx11}, you are starting the build-up "
            "phase of your allergy shots: one visit a week for about 6 months. Please wait 30 "
            "minutes after each shot, bring your epinephrine auto-injector, and skip the shot "
            "if you have {sym11} that day.\n\n"
            "Allergy & Asthma Clinic\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Subject with patient and an abnormal test.
    {
        "subject": "{intl_name} - {test11} abnormal, pls call",
        "body": "Left messages x2. Will try the work number tomorrow.\n",
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    # Urgent-care follow-up with name and DOB in the Subject.
    {
        "subject": "Urgent care f/u: {last}, {first} ({dob})",
        "body": (
            "Seen Saturday for {sym11}. Radiology over-read came back as {dx11}; she was told "
            "no fracture. Need to call her back today and get her into ortho this week.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    # Dentist to prescriber, patient named only.
    {
        "subject": "Pre-med before Thursday",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "{first} {last} is on our schedule Thursday for {proc11}. The health history was "
            "updated today: {dx11}, currently on {rx11}. Cardiology says to pre-medicate "
            "with amoxicillin 2 g an hour before. Could you call it in to the usual "
            "pharmacy?\n\n"
            "{provider_first}, front office, {clinic} Dental\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Telehealth receipt with card and ICD code.
    {
        "subject": "Receipt for your online visit",
        "body": (
            "Patient: {name}\n"
            "Visit: online visit for {sym11}, {date}\n"
            "Diagnosis code: {icd}\n"
            "Prescription: {rx11}\n"
            "Charged to card {card}: {amount2}\n"
            "Keep this receipt for your HSA or FSA.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    # Parent asks for immunization record with vaccine and procedure history.
    {
        "subject": "Forms for kindergarten",
        "body": (
            "Hello,\n\n"
            "Can you fill out the school health form for my son {name}, born {dob}? He had "
            "the {proc11} last spring and the school wants to know about any limits. He also "
            "needs a {test11} on the form. I can pick it up or you can email it to {email}.\n\n"
            "Thanks, {name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Specialist consult note to the PCP.
    {
        "subject": "Consult note - vascular",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "I saw {intl_name}, {age}, today for {sym11}. Exam and {test11} are consistent "
            "with {dx11}. I recommend a supervised walking program, continuing {rx11}, and "
            "smoking cessation, and will see the patient again in three months.\n\n"
            "{sig}"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH11_NEG: list[dict] = [
    # A physician's podcast on migraines.
    {
        "subject": "New episode: The Headache Hour",
        "body": (
            "This week neurologist Dr. {provider} sits down with {name} to talk about why "
            "migraines cluster around the menstrual cycle, when {rx11} helps, and what to do "
            "about {sym11}. Plus listener questions on caffeine and screen time.\n"
            "Listen on any podcast app.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # A dietitian's cooking class for diabetics.
    {
        "subject": "Cooking class: eating well with diabetes",
        "body": (
            "Registered dietitian {name} leads a hands-on cooking class for adults with "
            "diabetes and their families on {date} at 5:30 pm in the community kitchen. "
            "We'll cover carb counting, label reading and three low-sugar dinners. $15, "
            "ingredients included. Register at {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # A respiratory therapist's asthma-camp volunteer call.
    {
        "subject": "Volunteers needed: Camp Breathe Easy",
        "body": (
            "Hi all,\n\n"
            "{name}, RRT, is looking for nurses and respiratory therapists to volunteer at "
            "our week-long summer camp for kids with asthma, {date} to {date2}. Volunteers "
            "help with morning {test11} checks, spacer teaching and making sure campers carry "
            "their {rx11}. Sign up by emailing {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # A nurse's promotion in the cardiac unit.
    {
        "subject": "Please congratulate {first}",
        "body": (
            "I'm happy to announce that {name}, RN, has been promoted to nurse manager of the "
            "cardiac step-down unit. {first} has spent nine years caring for patients "
            "recovering from heart attacks and bypass surgery, and led the unit's heart "
            "failure discharge teaching project.\n\n{name2}, Chief Nursing Officer\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # A physician's obituary mentioning the field practised.
    {
        "subject": "In memory of Dr. {last}",
        "body": (
            "It is with great sadness that we share the news that Dr. {name}, who practised "
            "pediatric pulmonology here for 34 years and founded our cystic fibrosis clinic, "
            "died peacefully at home on {date}. A memorial service will be held at {address}. "
            "The family asks that gifts be made to the children's asthma fund.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Condition newsletter.
    {
        "subject": "This month: understanding {dx11}",
        "body": (
            "What causes {dx11}, and when is it time to see a doctor? Our family medicine "
            "team answers the most common questions, explains what {test11} can and cannot "
            "tell you, and lists warning signs such as {sym11}.\n"
            "Also inside: back-to-school vaccine checklist.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Blog post about a drug.
    {
        "subject": "Blog: is the store brand as good as {rx11}?",
        "body": (
            "Our pharmacist {name} explains how generics are approved, why the pill may look "
            "different, and when it is worth asking for the brand. Short answer: for most "
            "people the generic works the same and costs far less.\n"
            "Read more on our blog.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Formulary bulletin.
    {
        "subject": "Formulary changes effective January 1",
        "body": (
            "Commercial formulary changes:\n"
            "- {rx11}: moves to preferred brand, tier 2\n"
            "- Insulin pens: $35 monthly cap continues\n"
            "- GLP-1 agonists for weight loss: prior authorization and BMI documentation "
            "required\n"
            "- Brand inhaled steroids: step therapy through a generic first\n"
            "Full list at the provider portal. Questions: Pharmacy Services, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Payer coverage-policy bulletin.
    {
        "subject": "Provider bulletin: new prior authorization rule",
        "body": (
            "Effective {date}, {company} will require prior authorization for {proc11} "
            "in the outpatient setting for all commercial members. Requests submitted through "
            "the portal are decided within 72 hours. The full coverage policy, version "
            "{version}, lists the covered diagnoses and documentation requirements.\n"
            "Network Management\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Drug coupon.
    {
        "subject": "Pay as little as $10 for your prescription",
        "body": (
            "Show this savings offer at the pharmacy counter.\n"
            "BIN: 610020  PCN: PDMI  GROUP: 99993011\n"
            "ID: PSC{code}\n"
            "Offer valid for {rx11} with commercial insurance only; not valid with Medicare "
            "or Medicaid. Maximum savings apply. Expires {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Vaccine clinic flyer.
    {
        "subject": "Walk-in flu and COVID shots this Saturday",
        "body": (
            "No appointment needed! Flu and updated COVID vaccines for everyone 6 months and "
            "up, Saturday {date}, 9 am to 1 pm, at {address}. Bring your insurance card; "
            "no-cost shots available for uninsured adults and kids. Pharmacist {name} will be "
            "there to answer questions.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Lab test menu and price list.
    {
        "subject": "Self-pay lab prices",
        "body": (
            "Cash prices, no insurance needed, no doctor's order for most tests:\n"
            "{test11} ........ {amount2}\n"
            "CBC ............. $12\n"
            "Lipid panel ..... $18\n"
            "A1C ............. $22\n"
            "TSH ............. $20\n"
            "Vitamin D ....... $45\n"
            "Walk-ins Monday to Saturday at {address}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Equipment order.
    {
        "subject": "PO {order}: exam tables",
        "body": (
            "Line 1: power exam table, SKU {sku}, qty 2, lot {lot}\n"
            "Line 2: pediatric scale with length board, qty 1\n"
            "Ships freight, tracking {tracking}. Liftgate delivery to the loading dock.\n"
            "Invoice {invoice} to follow. Total {amount}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Supply backorder.
    {
        "subject": "Backorder notice: {sku}",
        "body": (
            "Disposable otoscope specula, 4 mm, box of 850, and rapid strep test kits (25 "
            "tests) are on backorder. Expected ship date {date}. Your order {order} will ship "
            "complete unless you ask us to split it. Substitute: lot {lot} of the 2.75 mm "
            "specula.\n{company} Customer Care, {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # IT ticket with UUID and IP.
    {
        "subject": "[{ticket}] Label printer in peds triage",
        "body": (
            "Zebra printer in pediatric triage (device {uuid}, IP {ip}) is printing blank "
            "specimen labels. Replaced the ribbon and recalibrated; driver updated to "
            "{version}. Closing ticket, reopen if it happens again.\n"
            "{name}, Desktop Support\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # IT ticket with literal card-like numbers failing Luhn.
    {
        "subject": "[{ticket}] Card reader at check-in",
        "body": (
            "The new card reader at the front desk rejects the vendor's test cards. Test card "
            "4000 1234 5678 9011 and 5500 0055 5555 5550 both return 'invalid number', which "
            "is expected, but 6011 0009 9013 9425 should have gone through. Terminal serial "
            "{ref}, firmware {version}. Escalated to the payments vendor.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # HR benefits notice.
    {
        "subject": "Your benefit elections for next year",
        "body": (
            "Hi {first},\n\n"
            "This confirms your open enrollment elections:\n"
            "Medical: PPO Plus, employee + family\n"
            "Dental: high plan\n"
            "Vision: enrolled\n"
            "Health FSA: $1,500\n"
            "Employee ID: {code}\n"
            "Changes are allowed only after a qualifying life event. Questions: {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Staff health compliance reminder (no individual).
    {
        "subject": "Reminder: annual flu vaccine attestation",
        "body": (
            "All employees must get a flu shot or file an exemption by {date}. Employee "
            "Health offers walk-in shots Monday to Friday, 7 to 3, and TB skin test reading "
            "on Wednesdays. Questions to {name}, RN, Employee Health, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Facilities notice.
    {
        "subject": "Water shutoff, east wing, Sunday",
        "body": (
            "Plumbing work will shut off water in the east wing on Sunday from 1 to 5 am. "
            "Dialysis will run on the backup RO system and the sterile processing department "
            "will pre-stage trays. Contact {name}, Facilities, ext {ext}, with concerns.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Grand rounds announcement.
    {
        "subject": "Pediatric grand rounds: {dx11}",
        "body": (
            "Speaker: {provider}, MD, {clinic}\n"
            "Topic: {dx11} in the outpatient setting, when to order {test11}, and new "
            "guidance on {rx11}\n"
            "Date: {date}, 8 am, auditorium and Zoom (meeting ID 912 3456 7890)\n"
            "1.0 CME credit.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Research recruitment flyer.
    {
        "subject": "Research study for children with {dx11}",
        "body": (
            "Children ages 6 to 12 with {dx11} may be able to take part in a study comparing "
            "two ways of treating it at home. Visits are after school; families receive $50 "
            "per visit. Contact study coordinator {name}, {email}, {phone}. IRB #{code}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Aggregate quality report.
    {
        "subject": "Q3 quality dashboard",
        "body": (
            "Primary care network, Q3:\n"
            "Diabetes, A1C under 8: 64% (n = 1,212)\n"
            "Blood pressure controlled: 71% (n = 3,408)\n"
            "Breast cancer screening: 76%\n"
            "Colorectal cancer screening: 62%\n"
            "Heart failure 30-day readmissions: 18.2%\n"
            "Patients with {dx11} seen within 7 days of an ED visit: 48%\n"
            "Prepared by {name}, Quality Improvement\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Staff potluck sign-up.
    {
        "subject": "Potluck sign-up - Friday",
        "body": (
            "Thanks for signing up so far!\n"
            "{name} - mac and cheese\n"
            "{name2} - sugar-free brownies\n"
            "{name3} - veggie tray (gluten-free, labelled)\n"
            "Still need: drinks, plates, a dessert. The break room is a nut-free zone, so "
            "please check labels.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Pharmacy product recall.
    {
        "subject": "Voluntary recall: children's ibuprofen, lot {lot}",
        "body": (
            "The manufacturer is recalling lot {lot} of children's ibuprofen oral suspension "
            "100 mg/5 mL because some bottles may be more concentrated than the label says. "
            "Pull all units from the shelf and quarantine them. Customers may return opened "
            "or unopened bottles for a full refund. Reference {ref}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Device safety notice.
    {
        "subject": "Field safety notice: blood glucose meters",
        "body": (
            "Meters with firmware {version} may show 'HI' for readings above 450 mg/dL "
            "without the usual warning tone. Affected serial numbers start with GM7. Please "
            "update clinic meters using the docking station by {date} and tell patient "
            "educators. Contact {company} at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # New patient-education handout.
    {
        "subject": "New handout: caring for {dx11} at home",
        "body": (
            "Our nurse educator {name} wrote a new one-page handout on caring for {dx11} at "
            "home, in English and Spanish, including when to use {rx11} and which signs "
            "mean a child should be seen the same day. It is on the intranet under Patient "
            "Education; print copies are in supply room 2.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Dental office marketing.
    {
        "subject": "Back-to-school dental checkups",
        "body": (
            "School starts soon! Book your child's cleaning and exam with Dr. "
            "{provider_last}. We offer sealants, fluoride varnish, sports mouthguards and "
            "{test11} when needed. Evening and Saturday appointments available. Call "
            "{phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Telehealth platform maintenance.
    {
        "subject": "Scheduled maintenance: video visit platform",
        "body": (
            "The video visit platform will be upgraded to version {version} (build {build}) "
            "on {date} from 10 pm to midnight. Visits booked in that window have been moved. "
            "Report problems with ticket prefix {ticket} to the service desk.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Chiropractic CE seminar.
    {
        "subject": "Spring CE seminar for chiropractors",
        "body": (
            "{name}, DC, presents 'Evidence-based care for {dx11}' on {date} at {address}. "
            "Topics: red flags such as {sym11}, when to refer for imaging, and combining "
            "{proc11} with home exercise. 6 CE hours; $149 before {date2}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Remittance batch posted (aggregate).
    {
        "subject": "ERA batch {ref} posted",
        "body": (
            "Payer: {company}\n"
            "EFT trace: {build}\n"
            "Claims in batch: {count}\n"
            "Total paid: {amount}\n"
            "Denials routed to the work queue: 12 (CO-97 x7, CO-16 x5)\n"
            "Posted by {name}, Cash Posting\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Scheduling template change.
    {
        "subject": "Dr. {provider_last}'s schedule changes in December",
        "body": (
            "Starting {date}, Dr. {provider_last} will keep 8-10 am open for same-day sick "
            "visits, move well-child checks to the afternoon, and run a {proc11} clinic on "
            "Thursday mornings. Please update the scheduling templates. Thanks, {name}, "
            "Practice Manager.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

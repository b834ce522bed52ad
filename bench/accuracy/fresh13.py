"""Held-out split "fresh13": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written without seeing the detector: the author did not read gateway/,
policies/, docs/, tests/, README.md or bench/accuracy/vocab/ (the detector's code, dictionaries
and documentation), did not read fresh8.py to fresh12.py, and did not run the detector, the
benchmark or any test. Only bench/accuracy/generate.py, bench/accuracy/fresh6.py and
bench/accuracy/fresh7.py were read, for the placeholder names and the data format, and so as
not to repeat their templates or vocabulary. It is meant to be run once, as an honest, untuned
measurement: do not tune the detector on these templates.

Its angle is mail from outside the hospital walls: health plans and payers (EOBs, appeals,
utilization review, member services), billing offices and collections, employers (benefits,
leave, workers' compensation), school nurses and camps, retail and mail-order pharmacies,
dental and vision offices, telehealth platforms, research coordinators, attorneys requesting
records, life-insurance underwriting, long-term-care facilities writing to families, and
patients' own short, informal emails. The negatives are the same senders' non-PHI mail.

The vocabulary below ({dx13} {rx13} {proc13} {test13} {sym13}, FRESH13_VOCAB) was written from
general knowledge of how payers, patients, families, school and office staff write, with lay
words and brand names. Other placeholders come from generate.fill() and generate.fresh_fill()
(names, dates, identifiers, provider, clinic, company, ...); the detector-derived {condition},
{med}, {med2}, {procedure} and {lab} are not used.

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card-like numbers written literally in the negatives fail the Luhn check.
"""

from __future__ import annotations

FRESH13_VOCAB: dict[str, list[str]] = {
    "dx13": [
        "keratoconus",
        "a detached retina",
        "dry eye syndrome",
        "amblyopia",
        "strep throat",
        "hand, foot and mouth disease",
        "mono",
        "a concussion",
        "a torn ACL",
        "carpal tunnel syndrome",
        "a herniated disc at L5-S1",
        "tennis elbow",
        "a broken wrist",
        "pink eye",
        "an abscessed tooth",
        "gingivitis",
        "teeth grinding",
        "eczema",
        "rosacea",
        "chronic urticaria",
        "borderline diabetes",
        "juvenile diabetes",
        "a heart murmur",
        "long COVID",
        "postpartum anxiety",
        "bulimia",
        "Tourette syndrome",
        "cerebral palsy",
        "spina bifida",
        "sickle cell trait",
        "interstitial cystitis",
        "an overactive bladder",
        "mild cognitive impairment",
        "Lewy body dementia",
        "a broken hip",
        "a tree nut allergy",
        "a bee sting allergy",
        "basal cell carcinoma",
        "testicular cancer",
        "Meniere's disease",
        "hearing loss",
        "low thyroid",
    ],
    "rx13": [
        "Flonase",
        "Zyrtec 10 mg",
        "Singulair 5 mg chewable",
        "Advair 250/50",
        "Qvar 80 mcg",
        "Focalin XR 10 mg",
        "Strattera 40 mg",
        "Intuniv 1 mg",
        "Ritalin 10 mg",
        "Novolog FlexPen",
        "Basaglar 18 units",
        "Victoza 1.2 mg",
        "Omnipod pods",
        "Benicar 20 mg",
        "Toprol XL 50 mg",
        "Norvasc 10 mg",
        "Lipitor 20 mg",
        "Repatha",
        "Coumadin 5 mg",
        "Restasis",
        "latanoprost eye drops",
        "penicillin VK 500 mg",
        "Prevident 5000",
        "Celebrex 200 mg",
        "Flexeril 10 mg",
        "Topamax 50 mg",
        "Imitrex 50 mg",
        "Nurtec ODT",
        "Paxil 20 mg",
        "Celexa 20 mg",
        "Pristiq 50 mg",
        "Ativan 0.5 mg",
        "Antabuse",
        "Chantix",
        "Sublocade",
        "Truvada",
        "Sprintec",
        "Clomid 50 mg",
        "Accutane 40 mg",
        "Skyrizi",
        "Prolia",
        "Aricept 10 mg",
        "Risperdal 1 mg",
        "Auvi-Q",
    ],
    "proc13": [
        "root canal on tooth #14",
        "crown lengthening",
        "gum graft",
        "implant with bone graft",
        "upper partial denture",
        "Invisalign",
        "LASIK",
        "PRK",
        "lens replacement, right eye",
        "retinal laser",
        "eye injections (Eylea)",
        "SLT laser for glaucoma",
        "corneal cross-linking",
        "12 visits of physical therapy",
        "chiropractic adjustments",
        "independent medical exam",
        "functional capacity evaluation",
        "ACDF at C5-C6",
        "cubital tunnel release",
        "partial meniscectomy",
        "adenotonsillectomy",
        "allergy shots",
        "mole removal",
        "breast reduction",
        "lap band adjustment",
        "IVF cycle",
        "egg retrieval",
        "IUI",
        "genetic counseling",
        "inpatient rehab stay",
        "28-day residential treatment",
        "partial hospitalization program",
        "ketamine infusions",
        "ambulance transport",
        "hearing aid fitting",
        "cochlear implant surgery",
        "skilled nursing stay",
        "knee scope",
        "wound vac therapy",
        "hyperbaric oxygen therapy",
        "Remicade infusion",
        "Botox for migraines",
        "nerve block",
    ],
    "test13": [
        "comprehensive eye exam",
        "visual field test",
        "retinal OCT",
        "eye pressure check",
        "bitewing X-rays",
        "full-mouth X-rays",
        "hearing screening",
        "vision screening",
        "scoliosis screening",
        "TB skin test",
        "10-panel drug test",
        "DOT physical",
        "nerve conduction study",
        "EMG",
        "MRI of the right shoulder",
        "X-ray of the left wrist",
        "CT of the sinuses",
        "hereditary cancer panel",
        "allergy skin testing",
        "food allergy panel",
        "monospot",
        "throat culture",
        "lead level",
        "semen analysis",
        "AMH level",
        "hepatitis B titer",
        "MMR titers",
        "cholesterol check",
        "stress echo",
        "home sleep test",
        "bone density scan",
        "blood and urine profile",
        "cotinine test",
        "neuropsych testing",
        "PHQ-9 screening",
        "audiogram",
    ],
    "sym13": [
        "eyes that feel gritty and burn",
        "floaters and flashes of light",
        "tooth pain with anything cold",
        "a swollen jaw",
        "back pain from lifting boxes",
        "numb fingers at night",
        "headaches every afternoon",
        "throwing up since last night",
        "a rash from the new pills",
        "feeling really down",
        "crying all the time",
        "wetting the bed again",
        "stomach aches before school",
        "nosebleeds",
        "a fever of 102",
        "knee pain on the stairs",
        "getting winded walking to the mailbox",
        "heart skipping beats",
        "being tired all the time",
        "peeing a lot at night",
        "being super thirsty",
        "a swollen ankle",
        "a limp",
        "a sore on the foot that wont heal",
        "hair falling out in clumps",
        "a plugged-up ear",
        "itching all over",
        "dizzyness when standing up",
        "a migraine that wont quit",
        "anxiety attacks at work",
        "forgetting things and getting lost driving",
        "falls at night",
        "not eating much",
        "trouble breathing at recess",
        "a lump on the neck",
        "a chipped front tooth",
        "sharp pain in the side",
    ],
}


FRESH13_PHI: list[dict] = [
    {
        "subject": "Your Explanation of Benefits is ready",
        "body": (
            "{company} Health Plan\n"
            "EXPLANATION OF BENEFITS - THIS IS NOT A BILL\n\n"
            "Member: {name}\n"
            "Member ID: {member}\n"
            "Claim number: {claim}\n"
            "Provider: {provider}, {clinic}\n"
            "Date of service: {date}\n\n"
            "Service: {proc13}\n"
            "Diagnosis: {icd}\n"
            "Amount billed: {amount}\n"
            "Plan paid: {amount2}\n"
            "Remark N130: consult plan benefit documents for visit limits.\n\n"
            "Your provider may bill you for the difference. Questions? Call the number on the "
            "back of your ID card.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Appeal - claim {claim}",
        "body": (
            "To the Appeals Department,\n\n"
            "I am writing on behalf of my husband, {name} (member ID {member}), to appeal your "
            "denial of his {proc13}. Your letter dated {date} says it was not medically "
            "necessary, but Dr. {provider_last} has been treating him for {dx13} for two years "
            "and nothing else has worked. I have attached the doctor's letter and his records. "
            "He is in a lot of pain and can barely work.\n\n"
            "His signed authorization for me to act for him is attached too.\n\n"
            "{name2}\n{address}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Concurrent review: {last}, {first} - inpatient rehab day 4",
        "body": (
            "Reviewer notes, {company} Utilization Management\n\n"
            "Auth #: {ref}\n"
            "Admit: {date}\n"
            "Admitting dx: {dx13}\n"
            "Facility: {clinic}\n\n"
            "PT notes show transfers with min assist, ambulating 80 ft with a walker. "
            "Continued-stay criteria met through {date2}. Next review due in 3 days. "
            "Discharge plan: home with spouse, outpatient PT.\n\n"
            "{provider_first}, RN, UM Nurse Reviewer\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your chat transcript",
        "body": (
            "Thanks for chatting with {company} Member Services. Here is a copy of your "
            "conversation.\n\n"
            "[{time}] Agent {name3}: Hi! Before we start, can you confirm your date of birth?\n"
            "[{time}] You: {dob}\n"
            "[{time}] Agent {name3}: Thank you, {first}. How can I help today?\n"
            "[{time}] You: is {rx13} covered?? my dr says i need it for {dx13} and the "
            "pharmacy said it needs a PA\n"
            "[{time}] Agent {name3}: I see it is tier 3 with prior authorization on your plan. "
            "Your doctor's office can send the request through the provider portal, and we "
            "decide within 72 hours.\n\n"
            "Member ID: {member}\nReference: {ref}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FINAL NOTICE before referral to collections",
        "body": (
            "{upper_name}\n{address}\n\n"
            "Account: {account}\n"
            "Service: {proc13}, {clinic}, {date}\n"
            "Insurance paid: {amount2}\n"
            "Balance due: {amount}\n\n"
            "This is our final notice. If we do not receive payment or a request for a payment "
            "plan by {date2}, this account will be referred to {company} Recovery Services. "
            "Financial assistance applications are available by calling {phone}.\n\n"
            "Patient Business Office\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "WC claim {claim} - {name} - {dx13}",
        "body": (
            "Hi,\n\n"
            "The carrier has scheduled the independent medical exam for {date} at {time} with "
            "Dr. {provider}. Until then the employee stays on modified duty: no lifting over "
            "10 lb, no ladders, a 15-minute break every 2 hours. Please send me the work status "
            "note from the last visit so I can update the supervisor.\n\n"
            "Thanks,\n{name2}\nClaims Adjuster, {company} Casualty\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your leave request",
        "body": (
            "Hi {first},\n\n"
            "We received the certification Dr. {provider_last} completed on {date}. Your "
            "intermittent FMLA leave is approved through {date2}, for up to 2 episodes a month "
            "of 1-2 days each, for flare-ups of your {dx13}. When you need to use it, call the "
            "absence line at {phone} and say it is FMLA so no attendance points are "
            "charged.\n\n"
            "The certification is kept in a confidential medical file, separate from your "
            "personnel file.\n\n"
            "Employee ID: {code}\n"
            "{name2}\nLeave Administrator, Human Resources\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Health office visit today",
        "body": (
            "Dear Parent/Guardian of {name},\n\n"
            "{first} came to the health office today at {time} with {sym13}. Temperature was "
            "100.9. Per district policy, students with a fever of 100.0 or higher must go home "
            "and stay home until fever-free for 24 hours without medicine. {first} was picked "
            "up by {name2} at 11:50.\n\n"
            "Please let me know if the doctor diagnoses strep or flu, so I can watch for other "
            "cases in the class.\n\n"
            "{provider}, RN\nSchool Nurse\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Health form - Session 2",
        "body": (
            "Attached is our daughter's completed health form. Typed version below in case the "
            "scan is hard to read.\n\n"
            "CAMPER HEALTH HISTORY\n"
            "Camper: {name}        DOB: {dob}\n"
            "Session: 2 (girls' cabins)\n"
            "Medical conditions: {dx13}\n"
            "Allergies: peanuts - 2 auto-injectors packed\n"
            "Daily medication (to be given by camp nurse): {rx13}, with breakfast\n"
            "Last tetanus shot: {year}\n"
            "Insurance: {company}, member ID {member}\n"
            "Physician: Dr. {provider}, {phone}\n\n"
            "Parent/guardian: {name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Order {order} shipped: {rx13} for {first} {last}",
        "body": (
            "Your mail-order prescription is on its way.\n\n"
            "Rx #{code} - 90-day supply\n"
            "Shipped {date} via UPS, tracking {tracking}\n"
            "Temperature-controlled packaging: if the label says refrigerate, put it in the "
            "fridge when it arrives.\n\n"
            "Copay charged: {amount2}\n"
            "{company} Home Delivery Pharmacy\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pharmacist consult request",
        "body": (
            "To: Dr. {provider}\n"
            "From: {company} Pharmacy #{ext}, {phone}\n\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "New Rx received: {rx13}\n\n"
            "Our system flagged a significant interaction with the fluconazole the patient "
            "filled here last week. Please call to confirm you want it filled as written, or "
            "send an alternative. {first} is waiting at the counter and told us the new "
            "prescription is for {dx13}.\n\n"
            "{name3}, RPh\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Predetermination request",
        "body": (
            "Attn: Dental Claims, {company} Dental\n\n"
            "Patient: {name}        Patient DOB: {dob}\n"
            "Subscriber: {name2}    Subscriber SSN: {ssn}\n"
            "Relationship to subscriber: child\n"
            "Group #: {code}\n\n"
            "Proposed treatment:\n"
            "  D3330  endodontic therapy, molar     #19   {amount2}\n"
            "  D2740  crown, porcelain/ceramic      #19   {amount}\n\n"
            "Narrative: deep caries to the pulp, patient reports {sym13}, periapical "
            "radiolucency on the PA. Radiographs and perio charting attached.\n\n"
            "{provider}, DDS\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Your glasses and contacts prescription",
        "body": (
            "Hi {first},\n\n"
            "It was great to see you on {date}. As requested, here is your prescription from "
            "Dr. {provider_last}:\n\n"
            "        Sphere   Cyl     Axis\n"
            "OD      -4.25    -1.50   170\n"
            "OS      -3.75    -0.75   010\n"
            "PD: 63\n\n"
            "Contacts: Acuvue Oasys, BC 8.4, OD -4.00 / OS -3.50, expires {date2}\n\n"
            "Dr. {provider_last} would also like you back in 6 months for a {test13} to keep an "
            "eye on the {dx13} we talked about.\n\n"
            "{provider_last} Vision Center\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your visit summary",
        "body": (
            "{company} Virtual Care\n"
            "VISIT SUMMARY\n\n"
            "Patient: {name}\n"
            "Date of birth: {dob}\n"
            "Visit: video, {date}, 14 minutes\n"
            "Clinician: {provider}, FNP-C\n\n"
            "What we talked about: {sym13}\n"
            "Assessment: {dx13}\n"
            "Prescriptions sent to your pharmacy: {rx13}\n"
            "Follow-up: your primary care provider in 1-2 weeks, or sooner if you get worse.\n\n"
            "This summary was added to your health record. Questions? Reply in the app.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name}, your {dx13} follow-up is booked",
        "body": (
            "Your video visit with {provider}, PA, is on {date} at {time} (your local "
            "time).\n\n"
            "Before your visit:\n"
            "- Test your camera and microphone at least 10 minutes early\n"
            "- Have your pharmacy's phone number handy\n"
            "- Have your home readings ready if you have a cuff or meter\n\n"
            "Need to cancel? Tap Manage visit in the app at least 2 hours before.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Visit 4 reminder",
        "body": (
            "Dear {first},\n\n"
            "Thank you for continuing in our study! Your Visit 4 is on {date} at {time} at the "
            "research clinic, 3rd floor.\n\n"
            "Please:\n"
            "- fast after midnight (water is fine)\n"
            "- bring all your study drug bottles, including empty ones\n"
            "- bring your symptom diary\n\n"
            "We will do a {test13} and check in about your {dx13}. As always, {amount2} will be "
            "loaded onto your study payment card at the end of the visit.\n\n"
            "Participant ID: {code}\n"
            "{name2}, CCRC\nClinical Research Coordinator, {clinic}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - screening labs for the {dx13} trial",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "Your patient came in for screening yesterday. Labs are back and everything is "
            "within protocol limits except a slightly high ALT (1.3x ULN; the cutoff is 2x), so "
            "she is eligible. Randomization is scheduled for {date}. I will send the signed "
            "consent for your records.\n\n"
            "{name2}\nStudy Coordinator\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Records request - {name}, DOB {dob}",
        "body": (
            "Dear Custodian of Records,\n\n"
            "This firm represents {name} in connection with a motor vehicle collision on "
            "{date}. Enclosed is a HIPAA-compliant authorization signed by our client. Please "
            "provide complete copies of all medical and billing records from {date2} to the "
            "present, including emergency department records, imaging (including the "
            "{test13}), therapy notes and itemized bills with CPT and ICD codes.\n\n"
            "Client SSN (for identification only): {ssn}\n\n"
            "We understand our client was treated for {dx13} after the collision. Please "
            "direct any questions to our records paralegal at {phone}.\n\n"
            "Sincerely,\n{name2}, Esq.\n{company} LLP\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Underwriting update - application {ref}",
        "body": (
            "Hi {name3},\n\n"
            "Quick update on your client's application. The attending physician statement from "
            "Dr. {provider} came in. It shows treatment for {dx13} since {year} and a current "
            "prescription for {rx13}. Before we can consider Preferred rates, underwriting "
            "needs a {test13} and the last two years of office notes.\n\n"
            "Let me know whether you want me to order the records or the client would rather "
            "accept Standard.\n\n"
            "Proposed insured: {name}\n"
            "DOB: {dob}\n"
            "Face amount: $500,000, 20-year term\n\n"
            "{name2}\nSenior Underwriter, {company} Life\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Update from Maple Court",
        "body": (
            "Dear {name2},\n\n"
            "I wanted to let you know that your mother had a fall in her room early this "
            "morning. Staff found her at about 4:30 next to the bed; she was alert and said she "
            "was trying to get to the bathroom. Our nurse checked her over and the doctor "
            "ordered an X-ray, which did not show a broken bone, but she has {sym13} and a "
            "bruise on her left hip.\n\n"
            "Given her {dx13}, we are adding a bed alarm and hourly rounding at night, and the "
            "doctor started {rx13}. Please call me if you would like to talk, or we can go over "
            "it at the care conference on {date}.\n\n"
            "Warmly,\n{provider_first}\nDirector of Nursing\nMaple Court Senior Living\n\n"
            "Resident: {intl_name}   Room 214   Admission #{mrn}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "re: meds",
        "body": (
            "hey so the {rx13} is making me feel weird, like {sym13} and i cant sleep. is that "
            "normal?? i only started it monday. can i just stop or do i need to taper or "
            "whatever. pls call or text me back at {phone}, dont leave a msg at work\n\n"
            "thx\n{name}\n\n"
            "Sent from my iPhone\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "still hurts",
        "body": (
            "hi its {first} from last wed, the tooth u did the {proc13} on is still killing me "
            "and now theres {sym13}. ive been taking 3 advil every 4 hrs and it barely helps. "
            "should i come in or can dr {provider_last} just call something in?? my pharmacy "
            "is the {company} one on {address}\n\n"
            "{first} {last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: Text Message",
        "body": (
            "Forwarding this to the camp nurse per the director.\n\n"
            "---------- Forwarded message ----------\n"
            "From: {phone}\n"
            "Date: {date}\n"
            "Subject: Text Message\n\n"
            "hi its {name2}, {first}s mom (cabin 6). forgot to put on the form that {first} "
            "has {dx13}, she takes {rx13} every night at bedtime, its in the ziploc in her "
            "duffel. also she gets {sym13} when shes nervous so if she says her tummy hurts "
            "thats prob why. her last name is {last} on the roster. thank u!!\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coverage determination notice",
        "body": (
            "NOTICE OF REDETERMINATION\n\n"
            "Enrollee: {name}\n"
            "Medicare number: {mbi}\n"
            "Plan: {company} Medicare Rx (PDP)\n"
            "Drug requested: {rx13}\n"
            "Prescriber: {provider}, NPI {npi}\n\n"
            "We have reviewed your request. Your prescriber told us the drug is needed for "
            "{dx13}. We approved coverage from {date} through the end of the plan year. You "
            "will pay the tier 4 cost share.\n\n"
            "Questions? Call Member Services at {phone}, 8 am to 8 pm, 7 days a week. TTY 711.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "payment for my daughters bill",
        "body": (
            "Hello billing,\n\n"
            "i got the statement for {first}'s {proc13} and want to pay it off. please use "
            "this card:\n\n"
            "{card}\n"
            "exp 09/28   cvv 117\n"
            "name on card {name2}\n\n"
            "the account number on the bill is {account}. her date of birth is {dob} if you "
            "need it. thank you\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Claim {claim} denied: {name}, {proc13}",
        "body": (
            "Denial reason: CO-50, not deemed a medical necessity by the payer. The appeal "
            "window closes {date2}. Pulling the chart notes now; Dr. {provider_last} will need "
            "to write the letter.\n\n"
            "Outsourced billing team, {company}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "SSN {ssn} - member lookup",
        "body": (
            "Can someone in Eligibility look this up? Caller is {name2}, says she is the "
            "daughter and has POA. Her dad is {name}, DOB {dob}. He is in hospice at home with "
            "{dx13} and she is trying to get the oxygen covered. The member ID she gave us "
            "does not match anything. The SSN in the subject line is his.\n\n"
            "Thanks\n{name3}\nMember Services, Tier 2\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Medication authorization for {name} ({dx13})",
        "body": (
            "Attached: signed physician order and parent consent for this school year.\n\n"
            "Medication: {rx13}\n"
            "Time: 11:45, before lunch\n"
            "Self-carry: no\n"
            "Expires: last day of school\n\n"
            "Please keep it in the locked cabinet in the health office. Dad will drop off the "
            "pharmacy-labeled bottle Monday.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pre-cert {ref} | {last}, {first} | {proc13}",
        "body": (
            "Status: PENDED - additional information requested\n"
            "Dx submitted: {icd}\n\n"
            "The medical director needs documentation of 6 weeks of conservative treatment "
            "and the most recent {test13} report before a determination can be made. Please "
            "upload to the provider portal within 14 days.\n\n"
            "{company} Health Plan, Utilization Management\nFax {phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "[SECURE] {upper_name} / DOB {dob} / WC return to work",
        "body": (
            "Return-to-work status from the occupational health visit on {date}:\n\n"
            "Status: modified duty\n"
            "Restrictions: no use of the right hand, no driving company vehicles\n"
            "Next visit: {date2}\n\n"
            "Employer: {company}\n"
            "Case manager: {name2}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Action needed: your FSA claim",
        "body": (
            "Hi {first},\n\n"
            "We received your reimbursement request for {amount2}, but we need a little more "
            "information before we can pay it.\n\n"
            "Claim: {ref}\n"
            "Expense: {rx13}\n"
            "Date: {date}\n"
            "Merchant: Walgreens #{ext}\n\n"
            "This item needs a letter of medical necessity. Please have your provider fill in "
            "the attached form with your diagnosis (you wrote {dx13} on the claim form) and "
            "upload it to the benefits portal.\n\n"
            "{company} Benefits Administration\n"
            "Participant: {name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Exam completed - case {ref}",
        "body": (
            "Paramedical exam completed and uploaded.\n\n"
            "Applicant: {name}\n"
            "DOB: {dob}\n"
            "Height/weight: 5 ft 9 in / 212 lb\n"
            "BP: 148/92, 144/90 (seated, average of 3)\n"
            "Pulse: 84\n"
            "Blood/urine: collected, shipped to the lab, tracking {tracking}\n\n"
            "Medical history questionnaire (applicant's answers):\n"
            "- Treated for {dx13}: yes, diagnosed {year}\n"
            "- Current medications: {rx13}\n"
            "- Tobacco in the last 12 months: no\n\n"
            "Examiner: {name3}, mobile examiner\n{company} Exam Services\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH13_NEG: list[dict] = [
    {
        "subject": "Open enrollment starts {date}: what's changing next year",
        "body": (
            "Hi team,\n\n"
            "Open enrollment runs {date} through {date2}. The big changes:\n\n"
            "- Medical: the PPO deductible goes up to $1,750; the HDHP stays the same\n"
            "- Pharmacy: {rx13} moves to the preferred brand tier; GLP-1 drugs for weight loss "
            "will need prior authorization\n"
            "- New: a free support program for {dx13} through our carrier, with coaching and "
            "home test kits\n"
            "- Vision: frame allowance rises to $200, and LASIK is 15% off in network\n"
            "- Dental: orthodontia lifetime maximum rises to $2,500\n\n"
            "Benefits fairs are in the cafeteria on Tuesday and Thursday. Questions? Contact "
            "{name} in Total Rewards at {email}.\n\n"
            "Human Resources\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Formulary update effective {date}",
        "body": (
            "Dear provider,\n\n"
            "The {company} commercial formulary changes on {date}. Summary:\n\n"
            "Added (preferred brand): {rx13}\n"
            "Moved to non-preferred: Advil Dual Action, benzonatate 200 mg\n"
            "Removed (generic available): Lyrica, Vimpat\n"
            "New step therapy: two generic triptans before Nurtec ODT\n"
            "New quantity limit: Imitrex, 9 tablets per 30 days\n\n"
            "Members filling affected drugs will get a letter 30 days before the change. The "
            "full searchable formulary is on the provider portal. Pharmacy services: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Step Challenge: week 3 leaderboard",
        "body": (
            "Great job, everyone! We have walked 4.2 million steps as a company.\n\n"
            "Top teams this week:\n"
            " 1. Claims Crushers (captain {name}) - 612,400\n"
            " 2. Sole Survivors (captain {name2}) - 588,010\n"
            " 3. The Stepford Adjusters (captain {name3}) - 540,233\n\n"
            "Tip of the week: a 30-minute walk a day lowers your risk of {dx13} and heart "
            "disease. Sync your tracker by Sunday 11:59 pm for it to count.\n\n"
            "Everyone who logs 5 days this week is entered to win a $100 gift card.\n\n"
            "Wellness Committee\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Save up to $25 on your next prescription",
        "body": (
            "This week only at {company} Pharmacy!\n\n"
            "Bring this coupon when you fill or transfer a prescription and get a $25 gift "
            "card (new or transferred prescriptions only; excludes controlled substances).\n\n"
            "Coupon code: {code}\n\n"
            "Also: flu shots and COVID boosters, no appointment needed. Allergy season is here: "
            "Flonase and Zyrtec are buy one, get one 50% off.\n\n"
            "Manufacturer savings card for {rx13}:\n"
            "BIN 610020   PCN PDMI   GROUP 99992431   ID 8134 2275 0019 6431\n"
            "(pay as little as $0; not valid with government insurance)\n\n"
            "Offer ends {date}. Void where prohibited.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Please welcome {name}, our new appeals team lead",
        "body": (
            "Hi all,\n\n"
            "Please welcome {name}, who joins us Monday as team lead for Grievances and "
            "Appeals. {first} comes from {company}, where she managed the provider dispute "
            "unit, and before that spent eight years as a claims examiner. She will sit on "
            "4 West next to {name2}; extension {ext}.\n\n"
            "Stop by and say hello!\n\n"
            "{name3}\nDirector, Member Operations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your W-2 is available",
        "body": (
            "{name},\n\n"
            "Your Form W-2 is now available in the employee portal. Employee ID: {code}. If you "
            "chose paper delivery, it will be mailed to the address on file ({address}) by "
            "January 31.\n\n"
            "Box 12, code DD, shows the cost of your employer-sponsored health coverage. It is "
            "reported for information only and is not taxable.\n\n"
            "Payroll Services | {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Provider directory update - {date}",
        "body": (
            "The following changes will appear in the online provider directory on {date}:\n\n"
            "NEW\n"
            "  {provider}, MD - Ophthalmology - {clinic}, {address} - {phone} - NPI {npi} - "
            "accepting new patients\n"
            "  {name}, DDS - General Dentistry - NPI 1437810529 - accepting new patients\n\n"
            "UPDATED\n"
            "  {name2}, OD - new location, Suite 200 - NPI 1902368118\n\n"
            "TERMINATED\n"
            "  {name3}, PT - left the network {date2}\n\n"
            "Provider Data Management, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ClaimsHub {version} release notes (build {build})",
        "body": (
            "Deployed to production Saturday night. Highlights:\n\n"
            "- {ticket}: 837D dental claims with tooth numbers 1-32 no longer fail loop 2400 "
            "validation\n"
            "- Fixed: diagnosis pointers past D were dropped on 837P claims with more than four "
            "ICD-10 codes (reproduced in test with E11.9, I10, M54.50, Z79.4)\n"
            "- The EOB PDF footer now shows the new appeals address\n"
            "- Adjusters can filter the WC queue by date of injury\n"
            "- Claim search by member ID is about 3x faster\n\n"
            "Known issue: 835 remittance files over 20 MB time out; the workaround is in the "
            "runbook.\n\n"
            "Rollback plan: {uuid}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 utilization dashboard (de-identified)",
        "body": (
            "Attached is the Q3 utilization dashboard for the fully insured book. All figures "
            "are aggregate; cells under 11 members are suppressed.\n\n"
            "Members: 48,210\n"
            "ER visits per 1,000: 187 (Q2: 194)\n"
            "Inpatient admits per 1,000: 52\n"
            "Top diagnosis groups by spend: {dx13} ($2.1M), low back pain ($1.8M), behavioral "
            "health ($1.6M)\n"
            "Top drug by spend: {rx13} ({amount})\n"
            "Generic dispensing rate: 88.4%\n"
            "{proc13} claims: {count}\n\n"
            "Questions to {name} in Health Analytics.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Volunteers needed: research study on {dx13}",
        "body": (
            "Do you or someone you love have {dx13}?\n\n"
            "Researchers at {clinic} are looking for adults aged 18 to 70 to take part in a "
            "study of a new treatment approach. The study involves 6 visits over 4 months, a "
            "{test13} at the first visit, and up to $600 for your time. Parking is free.\n\n"
            "You may be eligible if you:\n"
            "- have been diagnosed for at least 1 year\n"
            "- are not pregnant or planning a pregnancy\n"
            "- have not taken {rx13} in the past 3 months\n\n"
            "To learn more, call study coordinator {name} at {phone} or visit "
            "https://research.example/study-{code}.\n"
            "IRB #{lot}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "What to expect: {proc13}",
        "body": (
            "If your care team has recommended {proc13}, you probably have questions. Here is "
            "what most people can expect.\n\n"
            "Before: you may be asked to stop some medicines, such as blood thinners or "
            "{rx13}, a few days ahead. Arrange a ride home.\n\n"
            "During: most people are awake but comfortable. It usually takes 30 to 90 "
            "minutes.\n\n"
            "After: mild soreness is common for a few days. Call your provider if you have a "
            "fever over 101, bleeding that will not stop, or {sym13}.\n\n"
            "This article is for general education and is not medical advice. Reviewed by "
            "{provider}, MD.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your order {order} is on its way!",
        "body": (
            "Good news - your order has shipped.\n\n"
            "Blue-light glasses, tortoise, qty 1\n"
            "Lens cleaning kit, qty 2\n"
            "Multipurpose contact lens solution, 12 oz, qty 3\n\n"
            "Carrier: UPS   Tracking: {tracking}\n"
            "Estimated delivery: {date}\n"
            "Order total: {amount2}\n"
            "Shipping to: {address}\n\n"
            "Love your new frames? Leave a review and get 10% off your next order with code "
            "{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your itinerary: Payer Innovation Summit",
        "body": (
            "Hi {first},\n\n"
            "Here is your travel summary for the summit.\n\n"
            "Flight: {flight}, departs {date} 7:05 am, confirmation {ref}\n"
            "Hotel: Grand Hyatt, 3 nights, confirmation {code}\n\n"
            "Sessions you registered for:\n"
            "- Prior authorization reform: what next year's rules mean for health plans\n"
            "- GLP-1 cost trends and {rx13}\n"
            "- Managing {dx13} in Medicare Advantage populations (speaker: {name2})\n"
            "- Workers' comp and telehealth: lessons learned\n\n"
            "Per diem: $74/day. Submit receipts in the expense tool within 14 days.\n\n"
            "Travel Desk, {company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Back-to-school checkups are filling up",
        "body": (
            "Summer is almost over! Book your kids' cleanings and exams before the school "
            "rush.\n\n"
            "- Cleanings, exams and bitewing X-rays covered 100% by most plans\n"
            "- Sealants and fluoride for cavity-prone teeth\n"
            "- Custom-fit sports mouthguards, $89\n"
            "- Ask about Invisalign for teens\n\n"
            "New patients welcome. Book online or call {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your vision benefits at a glance",
        "body": (
            "Plan: Vision Plus (group {code})\n\n"
            "Eye exam: $10 copay, once every 12 months\n"
            "Frames: $200 allowance every 24 months\n"
            "Lenses: $25 copay; anti-glare coating $35\n"
            "Contacts (instead of glasses): $180 allowance\n"
            "LASIK: 15% off at participating centers\n\n"
            "Find an in-network eye doctor at https://vision.example/find or call {phone}.\n"
            "This is a summary; the plan document governs.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Camp health center: what to pack and how meds work",
        "body": (
            "Dear camp families,\n\n"
            "Our health center is staffed around the clock by nurse {name}, RN, with a "
            "pediatrician on call. A few reminders before opening day:\n\n"
            "- All medications, including vitamins and over-the-counter allergy pills, must "
            "come in the original pharmacy bottle labeled with the camper's name\n"
            "- Campers may carry their own inhalers and EpiPens with a signed self-carry form\n"
            "- We are a nut-aware camp\n"
            "- Upload health forms and insurance card photos to the parent portal by {date}\n\n"
            "Questions about a specific camper's needs? Please call the health center at "
            "{phone} rather than emailing.\n\n"
            "See you soon!\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Health notice: strep throat in 2nd grade",
        "body": (
            "Dear families,\n\n"
            "We have had several confirmed cases of strep throat in the second grade this "
            "week. Please watch your child for sore throat, fever, headache or stomach ache, "
            "and keep them home if they are sick. Students diagnosed with strep may return "
            "after 12 hours on antibiotics with no fever.\n\n"
            "Handwashing and not sharing water bottles help a lot!\n\n"
            "{name}, RN\nSchool Nurse\n{phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: post the OSHA 300A summary by Feb 1",
        "body": (
            "Each site must post its 300A summary of work-related injuries and illnesses from "
            "February 1 to April 30. Warehouse totals for last year:\n\n"
            "Total recordable cases: 7\n"
            "Cases with days away from work: 3 (112 days)\n"
            "Job transfer or restriction: 2\n"
            "Injury types: strains/sprains 4, lacerations 2, hearing loss 1\n\n"
            "The summary has totals only; do not post the 300 log, which lists employee names. "
            "Signed copies go to {name}, EHS manager, by {date}.\n\n"
            "Environmental Health & Safety\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "What's new in {company} Virtual Care {version}",
        "body": (
            "We have made video visits easier.\n\n"
            "- Join from your browser without installing anything\n"
            "- Upload photos of a rash or wound before your visit\n"
            "- Pick your pharmacy from a map\n"
            "- Visits for pink eye, UTIs, sinus infections and {dx13} now start at $49 without "
            "insurance\n"
            "- Bug fixes (build {build})\n\n"
            "Update from the App Store or Google Play.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Prior authorization list changes effective {date}",
        "body": (
            "Provider Bulletin {lot}\n\n"
            "Starting {date}, the following services will need prior authorization for "
            "{company} commercial members:\n\n"
            "- {proc13}\n"
            "- Genetic testing panels (CPT 81162-81167, 81432-81433)\n"
            "- Outpatient physical, occupational and speech therapy after visit 12\n"
            "- Sleep studies done in a facility\n\n"
            "Removed from the list: cataract surgery, screening colonoscopy.\n\n"
            "Submit requests in the provider portal. Provider Relations: {name}, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient statement run delayed to Thursday",
        "body": (
            "FYI - the vendor had a print file error, so this cycle's patient statements "
            "(batch {build}, 4,312 statements) will mail Thursday instead of Tuesday. Vendor "
            "ticket {ticket}. Expect heavier call volume on Monday; please use the 'statement "
            "delay' script. No action is needed on individual accounts.\n\n"
            "{name}\nRevenue Cycle Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{company} Recovery - invoice {invoice}",
        "body": (
            "Contingency fee invoice for placements collected in October.\n\n"
            "Accounts placed: 1,204\n"
            "Accounts with payments: 233\n"
            "Gross collected: $184,220.17\n"
            "Contingency fee (18%): $33,159.63\n\n"
            "Amount due: {amount}\n"
            "Remit by {date}; reference {invoice}.\n\n"
            "Account-level detail is in the secure SFTP folder, not in this email.\n\n"
            "{name}, Client Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Term life quote in 10 minutes - no medical exam",
        "body": (
            "Hi there,\n\n"
            "You can get up to $1 million in term life coverage without a medical exam or "
            "blood test. Even people with common conditions like high blood pressure, {dx13} "
            "or a history of smoking can often qualify.\n\n"
            "Get a free quote: https://life.example/quote?ref={code}\n"
            "Or talk to a licensed agent, {name}, at {phone}.\n\n"
            "Policies issued by {company} Life Insurance Co. Not available in all states.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Maple Court family newsletter - {date}",
        "body": (
            "Hello families!\n\n"
            "This month at Maple Court:\n"
            "- Employee of the month: {name}, CNA on the Garden unit. Residents love her "
            "Friday sing-alongs.\n"
            "- Resident flu shots will be given on {date2}; consent forms went out last week\n"
            "- Family council meets the second Tuesday at 6 pm in the library\n"
            "- Our memory care team completed its dementia care certification\n"
            "- New visiting hours: 9 am to 8 pm daily\n\n"
            "Questions? Reach the front desk at {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pharmacy schedule, week of {date}",
        "body": (
            "Mon-Wed: {name} (RPh), {name2} (tech), {name3} (tech)\n"
            "Thu-Fri: {provider} (RPh), {name2} (tech)\n"
            "Sat: {name} (RPh), floater tech TBD\n\n"
            "Reminder: immunization certification renewals are due by {date2}. The Saturday "
            "vaccine clinic, 10-2, needs one more tech. Swap requests to {first} by "
            "Wednesday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "In re {rx13} litigation - MDL status update",
        "body": (
            "Counsel,\n\n"
            "As of this week the MDL has 2,316 filed cases. Judge {name3} entered Case "
            "Management Order No. 14 setting bellwether pool selection for {date}. Plaintiff "
            "fact sheets are due 60 days after filing, and defendants' document production "
            "continues on a rolling basis.\n\n"
            "The next status conference is set for {date2}. Please send any comments on the "
            "proposed deposition protocol to {name} by Friday.\n\n"
            "{name2}\n{company} LLP\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Call script update: identity verification",
        "body": (
            "Team,\n\n"
            "Starting {date}, verify callers with three items before discussing any claim: "
            "member ID, date of birth and ZIP code. If a family member calls, check for a "
            "personal representative form before sharing anything; spouses are not "
            "automatically authorized.\n\n"
            "For practice calls in the sandbox, use only the test member TEST, PATIENT "
            "(member ID ZZT000000001). Never open a real member's record for practice.\n\n"
            "Questions go to {name}, QA lead.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Automatic reply: {name}",
        "body": (
            "Thank you for your email. I am presenting our program for members with {dx13} at "
            "a conference through {date} and have limited access to email. For urgent prior "
            "authorization or appeals questions, please contact {name2} at {email} or "
            "{phone}.\n\n"
            "{name}\nClinical Pharmacist, Pharmacy Benefits\n{company}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Refer a friend, get $50",
        "body": (
            "Love your smile? Share it! When a friend books a first visit and mentions your "
            "name, you both get a $50 credit.\n\n"
            "Referral code: {code}\n\n"
            "We also offer same-day emergency visits, Invisalign and implants, and we are open "
            "Saturdays. Call {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Booth payment declined - Health Plan Expo",
        "body": (
            "Hi {first},\n\n"
            "The card number on your exhibitor form (4539 1488 0343 6461) did not go through; "
            "our processor says it is not a valid number. The backup card, "
            "5412 7700 3381 2209, was declined for the same reason. Could you call us with a "
            "corrected number rather than emailing it? Booth #{ext}, invoice {invoice}, balance "
            "{amount}.\n\n"
            "Exhibitor Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your retirement and commuter elections",
        "body": (
            "Hi {first},\n\n"
            "Here is a confirmation of the elections you made on {date}:\n\n"
            "401(k): 6% pre-tax, 2% Roth\n"
            "Commuter transit: {amount2} per month\n"
            "Basic life insurance: 2x salary (beneficiary on file)\n"
            "Employee ID: {code}\n\n"
            "Changes take effect with the first paycheck after {date2}. Questions? Call the "
            "Benefits Center at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Weekly claims ops metrics",
        "body": (
            "Week ending {date}\n\n"
            "Received: 38,412 (EDI 94%)\n"
            "Auto-adjudication rate: 81.7%\n"
            "Pended over 30 days: 1,284 (target under 1,000)\n"
            "Top denial reasons: CO-197 precert absent (22%), CO-16 missing information (18%), "
            "CO-50 medical necessity (9%)\n"
            "Appeals overturned: 31%\n\n"
            "Action items: {ticket} for the CO-16 spike from one clearinghouse; {name2} to "
            "retrain the dental team on D-code bundling.\n\n"
            "{name}\nClaims Operations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

"""Held-out split "fresh8": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written blind to the detector: the author did not read gateway/, policies/,
docs/, tests/, bench/accuracy/vocab/ or README.md (the detector's code, dictionaries and
documentation), did not grep them, and did not run the detector, the benchmark or any test.
Only bench/accuracy/generate.py (for the placeholder names provided by fill() and
fresh_fill(), and the Template format), bench/accuracy/fresh6.py and bench/accuracy/fresh7.py
(for the data format, and so as not to repeat their templates or vocabulary) were read. It is
meant to be run once, as an honest, untuned measurement: do not tune the detector on these
templates.

The vocabulary below ({dx8} {rx8} {proc8} {test8} {sym8}, FRESH8_VOCAB) was written from
general clinical knowledge of how clinicians, patients, billers and front-desk staff write,
across dermatology, ophthalmology, OB/GYN, oncology, orthopaedics, urology, ENT, behavioural
health, dental and physical therapy. It deliberately avoids the entries of the earlier fresh
vocabularies. Other placeholders come from generate.fill() and generate.fresh_fill(); the
detector-derived ones ({condition}, {med}, {procedure}, {lab}) are not used.

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card-like numbers written literally in the negatives fail the Luhn check, and the
negatives carry no {dob}, {mrn} or validated identifier.
"""

from __future__ import annotations

FRESH8_VOCAB: dict[str, list[str]] = {
    "dx8": [
        "atopic dermatitis",
        "rosacea",
        "actinic keratosis on the scalp",
        "basal cell carcinoma of the nose",
        "alopecia areata",
        "vitiligo",
        "chronic idiopathic urticaria",
        "ocular hypertension",
        "wet AMD in the left eye",
        "keratoconus",
        "anterior uveitis",
        "a retinal tear",
        "hyperemesis gravidarum",
        "placenta previa",
        "uterine fibroids",
        "PMDD",
        "a missed miscarriage",
        "triple-negative breast cancer",
        "stage III ovarian cancer",
        "AML in remission",
        "glioblastoma",
        "a torn labrum in the left hip",
        "a scaphoid fracture",
        "de Quervain's tenosynovitis",
        "patellofemoral pain syndrome",
        "overactive bladder",
        "interstitial cystitis",
        "erectile dysfunction",
        "renal cell carcinoma",
        "chronic sinusitis with nasal polyps",
        "Meniere's disease",
        "sudden hearing loss in the right ear",
        "bipolar I disorder",
        "schizoaffective disorder",
        "bulimia nervosa",
        "agoraphobia",
        "cannabis use disorder",
        "a dental abscess",
        "peri-implantitis",
        "sugar diabetes",
        "pink eye",
        "long COVID",
        "a heart murmur",
    ],
    "rx8": [
        "isotretinoin 40 mg",
        "tretinoin 0.05% cream",
        "clobetasol 0.05% ointment",
        "Skyrizi 150 mg",
        "latanoprost 0.005% drops",
        "Pred Forte eye drops",
        "Restasis",
        "Xiidra drops",
        "Clomid 50 mg",
        "Provera 10 mg",
        "Diclegis",
        "Nexplanon",
        "Depo-Provera shots",
        "letrozole 2.5 mg",
        "Tagrisso 80 mg",
        "Ibrance 125 mg",
        "Herceptin",
        "magic mouthwash",
        "oxybutynin 5 mg",
        "Myrbetriq 25 mg",
        "finasteride 5 mg",
        "Cialis 5 mg",
        "Ciprodex ear drops",
        "meclizine 25 mg",
        "cefdinir 300 mg",
        "clozapine 200 mg",
        "Invega Sustenna",
        "hydroxyzine 25 mg as needed",
        "Strattera 40 mg",
        "prazosin 2 mg",
        "Sublocade",
        "Celebrex 200 mg",
        "cyclobenzaprine 10 mg",
        "Voltaren gel",
    ],
    "proc8": [
        "Eylea injection, left eye",
        "trabeculectomy",
        "corneal cross-linking",
        "upper eyelid blepharoplasty",
        "excisional biopsy on the back",
        "cryotherapy for warts",
        "NB-UVB phototherapy",
        "laparoscopic myomectomy",
        "egg retrieval",
        "amniocentesis",
        "cerclage",
        "salpingectomy",
        "port removal",
        "cycle 4 of FOLFOX",
        "stereotactic radiosurgery",
        "sentinel node biopsy",
        "autologous stem cell transplant",
        "closed reduction of the wrist",
        "Achilles tendon repair",
        "cortisone injection, right knee",
        "ureteroscopy with stent placement",
        "prostate biopsy",
        "midurethral sling",
        "balloon sinuplasty",
        "tympanoplasty",
        "adenoidectomy",
        "crown lengthening",
        "bone graft for an implant",
        "deep cleaning and two fillings",
        "Spravato treatment",
        "intensive outpatient program",
        "vestibular rehab",
        "dry needling",
    ],
    "test8": [
        "OCT of the macula",
        "visual field test",
        "dilated eye exam",
        "patch testing",
        "KOH prep",
        "NIPT",
        "1-hour glucose tolerance test",
        "20-week anatomy scan",
        "AMH level",
        "transvaginal ultrasound",
        "CA-125",
        "CEA level",
        "bone scan",
        "Oncotype DX score",
        "MRI of the right shoulder",
        "EMG/nerve conduction study",
        "urine cytology",
        "post-void residual",
        "urodynamic study",
        "audiogram",
        "tympanogram",
        "CT of the sinuses",
        "PHQ-9",
        "GAD-7",
        "bitewing X-rays",
        "semen analysis",
        "total testosterone",
        "wrist X-ray",
        "6-minute walk test",
        "absolute neutrophil count",
    ],
    "sym8": [
        "an itchy rash that keeps spreading",
        "a mole that changed color",
        "flashes and floaters",
        "a shadow over part of the vision",
        "a red, painful eye",
        "heavy periods with clots",
        "cramping with spotting",
        "less fetal movement",
        "leakage when coughing or sneezing",
        "frequent urination at night",
        "a weak urine stream",
        "ear pain with drainage",
        "muffled hearing on the left",
        "spinning dizziness",
        "daily nosebleeds",
        "a stuffy nose for months",
        "racing thoughts",
        "urges to self-harm",
        "nightmares and flashbacks",
        "a swollen jaw",
        "sensitivity to cold on the upper right",
        "the knee buckling on stairs",
        "pain reaching overhead",
        "a weak grip",
        "mouth sores",
        "a new breast lump",
        "pain in the heel first thing in the morning",
    ],
}


FRESH8_PHI: list[dict] = [
    {
        "subject": "urgent question",
        "body": (
            "Hello,\n\n"
            "I'm a patient of Dr. {provider_last}. Since last night I've had {sym8} and it is "
            "getting worse, not better. I had {proc8} back in {year2} and I was told to call "
            "right away if anything like this happened. Should I come in today or go "
            "straight to the ER? Best number is {phone}.\n\n"
            "{name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FMLA paperwork",
        "body": (
            "Hi {name2},\n\n"
            "Attached is the certification my doctor filled out for intermittent FMLA. I was "
            "diagnosed with {dx8} this year and my specialist is starting me on {rx8}, which "
            "means appointments every other week for the first few months, plus the odd "
            "flare day. My manager knows I need time off but not why, and I'd like to keep "
            "it that way if possible.\n\n"
            "Thanks,\n{name}\nEmployee ID {code}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "From the school nurse",
        "body": (
            "Dear parent or guardian,\n\n"
            "Student: {name}   Grade: 3   Teacher: Mrs. Alvarez\n\n"
            "{first} came to the health office today at {time} with a headache, a sore "
            "throat and a temperature of 100.9. No medication was given. Per district policy, "
            "students must be fever-free for 24 hours without medicine before returning to "
            "class.\n\n"
            "Also, the glucagon kit we keep for {first} in the health office expires on {date}. "
            "Please bring a new supply and an updated medication order signed by the doctor "
            "before then.\n\n"
            "{name2}, RN\nSchool Nurse, Jefferson Elementary\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Level 1 appeal - claim {claim}",
        "body": (
            "Appeals Unit\n{company} Health Plan\n\n"
            "Re: {name}\nMember ID: {member}\nDate of birth: {dob}\n"
            "Claim {claim}, date of service {date}\n\n"
            "To whom it may concern:\n\n"
            "I am writing to appeal the denial of {proc8} for my patient. Your letter calls "
            "the service not medically necessary. The patient carries a diagnosis of {dx8} "
            "(ICD-10-CM {icd}) and has failed conservative treatment, including {rx8} and "
            "twelve weeks of supervised therapy. Delaying treatment risks permanent loss of "
            "function. Office notes and imaging are enclosed.\n\n"
            "Sincerely,\n{provider}, MD\n{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Therapeutic interchange request",
        "body": (
            "PHARMACY COMMUNICATION - NOT A PRESCRIPTION\n"
            "From: {company} Pharmacy #{ext}\n"
            "Patient: {last}, {first}    DOB: {dob}\n"
            "Prescribed: {rx8}\n"
            "Issue: non-formulary for the patient's plan, step therapy required\n"
            "Patient states it is for {dx8}.\n\n"
            "Please send a new prescription for a formulary alternative or start a prior "
            "authorization. The patient is waiting and has one dose left.\n"
            "Reply by fax or call the pharmacist at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Critical call log - nights {date}",
        "body": (
            "time,patient,mrn,test,flag,called_to,read_back\n"
            "{time},{upper_name},{mrn},{test8},critical,Dr. {provider_last},Y\n"
            "03:40,{intl_name},{mrn2},absolute neutrophil count,critical low,on-call "
            "oncology,Y\n\n"
            "Exported from the lab information system for the monthly QA audit.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "page",
        "body": (
            "{last} 5N-12 {age}F s/p {proc8} POD0, now w/ {sym8}, sats 91% on 2L, HR 112. "
            "pls come eval. x{ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dad's appointment Tuesday",
        "body": (
            "Hi,\n\n"
            "This is {name2}, {name}'s daughter. I'm listed on his release form. Dad has had "
            "{sym8} for a couple of weeks and yesterday he fell in the kitchen. He's supposed "
            "to be on {rx8} but I don't think he's taking it right since Mom passed; the "
            "pillbox still had Monday through Thursday in it. Could Dr. {provider_last} look "
            "at all of this on Tuesday? I'll be bringing him.\n\n"
            "{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your 20-week appointments",
        "body": (
            "Hi {first},\n\n"
            "You're all set for your anatomy ultrasound in Maternal-Fetal Medicine, followed "
            "by your prenatal visit with {provider}, CNM. Please drink 32 ounces of water an "
            "hour before and don't empty your bladder.\n\n"
            "Because the placenta was sitting low at your last scan, the doctor will take a "
            "second look and go over next steps with you. Until then, no heavy lifting and "
            "call Labor and Delivery right away if you have any bleeding.\n\n"
            "See you soon,\nWomen's Health at {clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - chemo C3D1 moved to {date2}",
        "body": (
            "ANC came back at 0.9 on this morning's CBC, so Dr. {provider_last} is holding "
            "the carboplatin for a week. Pharmacy knows. Can you move her chair time and "
            "call her? She prefers texts.\n{provider_first}, RN, infusion\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: Re: {first} {last} ({dob}) - auth for {proc8}",
        "body": (
            "Peer-to-peer is set for {date2} at 2:15 with their medical director. I'll send "
            "the dial-in to Dr. {provider_last}.\n\n"
            "> On {date}, surgery scheduling wrote:\n"
            "> Any update on this auth? Surgeon wants the first open slot, she's having "
            "{sym8} and had to leave work twice this week.\n"
            ">\n"
            "> > Still pending with {company}. They asked for the last two office notes, "
            "faxed this morning. Ref {ref}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Narrative for claim - implant #8",
        "body": (
            "Patient: {name}\nDOB: {dob}\nSubscriber ID: {member}\n"
            "Procedures: D7140 extraction #8, D7953 bone replacement graft, D6010 implant body #8\n"
            "Dx: {icd}\n\n"
            "Narrative: Tooth #8 fractured below the gumline in a fall on {date}; "
            "non-restorable per periapical film. Medical history includes {dx8}; cleared by "
            "physician for surgery. Pre-op photos and radiographs attached.\n\n"
            "{provider}, DDS\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "PT progress note - visit 8 of 12",
        "body": (
            "Dr. {provider_last},\n\n"
            "Progress update on {name}, {age}, whom you referred for rehab after "
            "{proc8}. Range of motion is up about 30 degrees and strength is now 4/5, "
            "but {first} still reports {sym8} and is not yet cleared for running. Home "
            "program compliance is good.\n\n"
            "Plan: continue 2x/week for 4 more weeks. Please sign the updated plan of care "
            "so we can submit it to insurance.\n\n"
            "{name2}, PT, DPT\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Clozapine REMS - ANC due this week",
        "body": (
            "Hi,\n\n"
            "{name} (DOB {dob}) is due for the monthly ANC for clozapine monitoring. Last "
            "value was 1,850 on {date}, down from 2,400. She has schizoaffective disorder and "
            "has done really well on it, so we want to keep her on it. Could you draw it with "
            "her other labs at Thursday's visit and fax the result to {phone}?\n\n"
            "Thanks,\n{provider}, MD\nCommunity Psychiatry\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "still having problems after the procedure",
        "body": (
            "Hi, it's {first} {last}. It's been 10 days since my {proc8} and I still have "
            "{sym8}. Is that normal? I also ran out of the {rx8} yesterday and I'm not sure "
            "whether to keep taking it. My birthday is {dob} if you need it to find my "
            "chart.\n\n"
            "Thanks\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Referral: {upper_name} - {dx8}",
        "body": (
            "Referral for evaluation: {sym8} despite {rx8} for 8 weeks. {test8} results "
            "attached. Please schedule within 30 days.\n"
            "Insurance: {company} PPO, member {member}\n\n"
            "{sig}"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Final notice - {name} - acct {account}",
        "body": (
            "Our records show an unpaid balance of {amount} for services at {clinic} on "
            "{date} ({proc8}). Your insurance paid its portion; the remainder is your "
            "responsibility. If payment or a payment arrangement is not received within 15 "
            "days, this account may be placed with an outside agency.\n\n"
            "Pay by phone: {phone}\n\n"
            "This communication is from a debt collector.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Signed card-on-file form",
        "body": (
            "CARD ON FILE AUTHORIZATION\n"
            "Patient: {name}\n"
            "Date of birth: {dob}\n"
            "Card number: {card}   Exp: 11/28\n"
            "I authorize {clinic} to charge this card for any balance left after insurance, "
            "including my upcoming {proc8}.\n"
            "Signed electronically on {date} from {ip}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "First report of injury - {date}",
        "body": (
            "EMPLOYER'S FIRST REPORT OF INJURY\n"
            "Employee: {name}\n"
            "SSN: {ssn}\n"
            "Date of birth: {dob}\n"
            "Home address: {address}\n"
            "Date of injury: {date}\n"
            "Description: repositioning a patient in bed, felt a pop in the right shoulder.\n"
            "Treatment: seen at Occupational Health; {test8} ordered; started on {rx8}.\n"
            "Restrictions: no lifting over 10 lb until {date2}.\n"
            "Submitted by Employee Health for the workers' comp carrier.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "SNF referral packet",
        "body": (
            "Referral to skilled nursing\n\n"
            "Resident: {name}\n"
            "MBI: {mbi}\n"
            "Qualifying stay: {date} to {date2}, three midnights met\n"
            "Primary diagnosis: {dx8}\n"
            "Skilled need: daily PT/OT after {proc8}, wound checks\n"
            "Code status: DNR/DNI\n"
            "Case manager: {name2}, {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Coding query: {last}, {first} - {icd}?",
        "body": (
            "Dr. {provider_last},\n\n"
            "The operative note for the {proc8} on {date} documents {dx8}, but the claim was "
            "coded with the diagnosis in the subject line. Can you confirm which is accurate "
            "so we can drop the claim? Please answer in the query queue or reply here.\n\n"
            "Thank you,\nCoding and CDI\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Re: the cream",
        "body": (
            "hi its {first} again ({email}). the {rx8} is making my face peel and burn like "
            "crazy. dr {provider_last} said to message if that happened. should i stop or use "
            "it every other night? also my insurance keeps asking what the acne diagnosis "
            "is, can someone send that to them\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Delivery for tomorrow",
        "body": (
            "SPECIALTY PHARMACY DELIVERY\n"
            "Deliver to: {name}\n"
            "Address: {address}\n"
            "Phone: {phone}\n"
            "Item: {rx8}, cold pack, signature required\n"
            "Notes: patient is mid-chemo and immunocompromised. Driver must wear a mask and "
            "should call from the driveway instead of coming inside.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dr. {provider_last} - clinic list {date}",
        "body": (
            "Time   Patient                  Reason\n"
            "{time}  {name}          new pt, {sym8}\n"
            "10:30  {intl_name}          post-op check after {proc8}\n"
            "11:15  {name3}          review {test8}\n\n"
            "Room 6 is down for cleaning, use 7 and 8.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first} {last} {dob} - positive hCG, needs dating US",
        "body": (
            "Called her, she knows. LMP was about 7 weeks ago. History of {dx8}, so please get "
            "her in with the OB nurse this week rather than the usual 10-week visit.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{intl_name} missed {proc8} again",
        "body": (
            "Third missed appointment. Policy says she gets the discharge letter, but given the "
            "{dx8} I'd rather we try one more call first. Can social work reach her? "
            "Number on file is {phone}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MRN {mrn2}: prelim read",
        "body": (
            "Prelim on the {test8}: no acute findings. Final report to follow this afternoon."
            "\n- Reading room, x{ext}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fwd: Your visit summary",
        "body": (
            "Forwarding this to my new doctor's office, please add it to my chart. -{first}\n\n"
            "---------- Forwarded message ---------\n"
            "From: Patient Portal <no-reply@portal.example>\n"
            "Date: {date}\n"
            "Subject: Your visit summary\n\n"
            "AFTER VISIT SUMMARY for {upper_name}\n"
            "Seen by: {provider}\n"
            "Diagnoses addressed today: {dx8}\n"
            "New medications: {rx8}\n"
            "Orders placed: {test8}\n"
            "Follow up in 6 weeks.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pregunta sobre mi medicamento",
        "body": (
            "Buenos días,\n\n"
            "Soy {intl_name}, paciente de la Dra. {provider_last}. Desde el lunes tengo "
            "mareos y vómito, y no sé si es por el {rx8} que me empezaron el {date}. ¿Lo sigo "
            "tomando o lo dejo? También quería saber si ya llegaron los resultados del "
            "{test8}.\n\n"
            "Mi teléfono es {phone}.\n"
            "Muchas gracias.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - out through {date2} for surgery",
        "body": (
            "Hi all,\n\n"
            "My {proc8} got moved up, so I'll be out starting tomorrow and back on {date2}. "
            "The surgeon says no lifting for six weeks after, so I'll be on light duty for a "
            "while when I'm back. {name2} is covering my clinic days.\n\n"
            "{first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{last}, {first}: Eylea OS today, VA 20/80",
        "body": (
            "IOP 18 post-injection, light perception checked. Return 4 weeks for OCT and "
            "repeat injection.\n{provider_first}, COT\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "after group",
        "body": (
            "{first} {last} stayed after group today and told me she has had {sym8} again "
            "and stopped the {rx8} about two weeks ago. She agreed to see you before "
            "Thursday. Can you fit her in? She did contract for safety.\n\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH8_NEG: list[dict] = [
    {
        "subject": "Staff education: post-procedure teaching",
        "body": (
            "Nurse educator {name}, RN, will run a hands-on session for ambulatory surgery "
            "staff on teaching patients wound care and activity limits after {proc8}, and "
            "when to call. Sessions on {date} at 7:00 and 15:30 in the "
            "skills lab. Sign up on the education calendar.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dr. {provider_last} to speak at national meeting",
        "body": (
            'Congratulations to Dr. {provider}, whose talk "What we got wrong about {dx8}" '
            "was selected for the plenary session at this year's national meeting. She will "
            "also moderate a panel on {test8} in community practice. Slides will be posted "
            "to the department share afterwards.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pharmacy coverage - December",
        "body": (
            "Mon/Wed: {name}, PharmD - anticoagulation clinic\n"
            "Tue/Thu: {name2}, PharmD - infusion order verification ({rx8} and other "
            "oncology agents)\n"
            "Fri: {name3}, PharmD - discharge med rec\n"
            "Weekend on-call rotates; see the shared calendar. Main line ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "See clearly: your eye health newsletter",
        "body": (
            "This month:\n"
            "- Why a {test8} matters even when your vision seems fine\n"
            "- Living with {dx8}: a Q&A with our retina team\n"
            "- Screen time and dry eye: the 20-20-20 rule\n"
            "- Sunglasses are health gear, not just fashion\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Voluntary recall: lot {lot}",
        "body": (
            "{company} is voluntarily recalling lot {lot} of {rx8} (NDC {ndc}) because of a "
            "labeling error on the outer carton. No adverse events have been reported. "
            "Pharmacies should quarantine remaining stock and return it using the prepaid "
            "label. Questions: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: per diem L&D nurses",
        "body": (
            "Our Labor and Delivery unit is hiring per diem RNs for nights and weekends. "
            "Experience with high-risk pregnancies and fetal monitoring preferred; "
            "NRP and AWHONN certification required. Contact nurse recruiter {name} at "
            "{email}. Req #{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "[{ticket}] Label printer offline - 3 West",
        "body": (
            "Zebra printer ZT410 at the 3 West nursing station is offline.\n"
            "Asset tag: 40029117\n"
            "Serial: 99J183200451\n"
            "Driver version {version}, build {build}\n"
            "Print queue ID: {uuid}\n"
            "Swapped with a loaner from the depot. Waiting on the vendor for the print head.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "P-card test transactions",
        "body": (
            "Hi {first},\n\n"
            "The test numbers the bank gave us for the new procurement cards all failed "
            "validation in the portal, which is expected:\n"
            "  4485 2190 7736 5512\n"
            "  5196 0384 2271 9043\n"
            "  3782 822463 10006\n"
            "Live cards ship next week. Do not enter real card numbers into the test "
            "environment.\n\n"
            "Finance Systems\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{company} - invoice {invoice}",
        "body": (
            "Bill to: Retina Clinic, {clinic}\n"
            "PO {order}\n\n"
            "{sku}   30G x 1/2 in. needles, box of 100     x 20\n"
            "{sku}   Povidone-iodine 5% ophthalmic swabs    x 12\n"
            "        Lid speculum, sterile, single use       x 200\n\n"
            "Subtotal {amount2}   Total {amount}   Terms net 45\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Open enrollment: new fertility and mental health benefits",
        "body": (
            "To all benefits-eligible staff:\n\n"
            "Starting January 1, the medical plan adds coverage for fertility care, including "
            "egg retrieval and IVF, up to a $20,000 lifetime maximum, and therapy visits "
            "drop to a $0 copay. "
            "Enrollment runs {date} to {date2}. Questions go to the benefits team at "
            "{email}.\n\n"
            "Human Resources\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Winter CME catalog",
        "body": (
            "Course                                              Credits  Date\n"
            "Update in {dx8}                                       1.5      {date}\n"
            "Interpreting the {test8}                               1.0      {date2}\n"
            "Hands-on workshop: {proc8}                             3.0      TBA\n"
            "Opioid prescribing (state-mandated)                     2.0      online\n\n"
            "Register in the learning portal. Course director: {name}, MD.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cake for {first}'s 50th!",
        "body": (
            "{name} from the front desk turns 50 on Friday! We're doing cake and a card in "
            "the break room at 2:30. Chip in for the gift with {name2} by Thursday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Farewell to {name}",
        "body": (
            "After 28 years in Central Sterile, {name} is retiring at the end of the month. "
            "{first} has processed more instrument trays than anyone can count and trained "
            "every tech in the department. Open house on {date}, 2 to 4 pm, SPD conference "
            "room.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "East wing elevator outage",
        "body": (
            "Elevators E3 and E4 will be out of service from {date} to {date2} for "
            "modernization. Rooms 4102-4118 on Oncology 4 East and the infusion suite on 2 "
            "East are reachable from the West bank; transport should allow an extra 10 "
            "minutes. Work order {order}. Questions: Facilities, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grant abstract for review",
        "body": (
            "PI: {provider}, MD, MPH\n"
            "Title: A pragmatic randomized trial of {rx8} versus usual care in adults with "
            "{dx8}\n\n"
            "Abstract: We will enroll 240 adults at three community sites. The primary outcome "
            "is change in {test8} at 12 months. Aim 2 examines cost and patient-reported "
            "outcomes. Budget {amount} over three years.\n\n"
            "Internal review comments due {date}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Q3 quality dashboard",
        "body": (
            "Highlights for the quarter:\n"
            "- 42 patients with diabetes had an A1c over 9 (down from 57)\n"
            "- {count} completed a {test8}\n"
            "- 18 patients with {dx8} were referred to specialty care within 30 days (90%)\n"
            "- No-show rate 11.4%\n"
            "Full dashboard on the quality SharePoint. Prepared by {name}, data analyst.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RMA {ref} - slit lamp repair",
        "body": (
            "Return authorization {ref} is approved for slit lamp serial SL-20931. Pack it in "
            "the original crate and ship via the label attached; tracking {tracking}. A loaner "
            "will arrive by {date}. Service contract {code}.\n\n"
            "{company} Ophthalmic Service\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Action required: re-enroll MFA",
        "body": (
            "Hi {first},\n\n"
            "Because of the identity platform upgrade, you need to re-register your "
            "authenticator app before {date}. Your one-time enrollment code is {code}. "
            "Device record {uuid}. Do not share this code with anyone, including IT.\n\n"
            "Information Security\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EHR release {version} - what's changing",
        "body": (
            "Release {version} (build {build}) goes live Sunday at 02:00.\n"
            "- The {test8} order now defaults to routine priority\n"
            "- New {dx8} problem-list shortcut in the dermatology and eye templates\n"
            "- Fix for the print button in after-visit summaries\n"
            "Training tip sheets are on the intranet. Clinical informatics lead: {name}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": 'Phishing alert: fake "test results" emails',
        "body": (
            'We are seeing emails with subjects like "Your lab results are ready" and '
            '"Updated {test8} report" that link to a fake login page. Real results are '
            "never sent as email links from outside the organization. If you clicked, reset "
            "your password and call the service desk at ext {ext}. Report suspicious mail to "
            "{email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Respiratory surveillance, week 47",
        "body": (
            "Week 47 summary for the health system:\n"
            "Influenza A positives: 312 (prior week 205)\n"
            "RSV positives: 88, mostly under 2 years\n"
            "COVID-19 positives: 61\n"
            "Admissions with flu: 18, ICU: 3\n"
            "Masking in patient care areas starts Monday. Infection Prevention\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first} passed the OCN!",
        "body": (
            "Big congratulations to {name} on 6 West, who passed the oncology certified nurse "
            "exam on the first try. {first} has been the go-to person for {rx8} teaching on "
            "the unit for years. Donuts at the nurses' station tomorrow.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient experience results, Q3",
        "body": (
            "Likelihood to recommend rose to 87.2 (goal 85). Sample comments, de-identified:\n"
            '"The nurse explained my new medicines really clearly."\n'
            '"Waited 40 minutes past my appointment time."\n'
            '"Front desk was kind when I was upset."\n'
            "Shout-out to {name} and {name2} by name in six comments. Full report from {company}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Holiday whitening special",
        "body": (
            "Brighten your smile for the holidays! In-office whitening is $100 off through "
            "{date}, and new patients get a free exam with X-rays. We also offer "
            "implants, Invisalign and same-day crowns. Book online or call {phone}.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free injury screens for runners",
        "body": (
            "Training for the half marathon? {name}, PT, DPT, and the sports team at {clinic} "
            "are offering free 15-minute screens on Saturdays in November: gait analysis, "
            "shoe fit, and tips for shin splints and IT band pain. No referral needed.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Childbirth and newborn classes - spring",
        "body": (
            "Prepared Childbirth (4 weeks): Tuesdays, instructor {name}, RN, IBCLC\n"
            "Breastfeeding Basics: {date}, instructor {name2}\n"
            "Infant CPR: {date2}\n"
            "Classes meet in the Women's Center, 2nd floor, room 214. Fee {amount2} per "
            "couple; scholarships available.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "M&M conference agenda",
        "body": (
            "Morbidity and mortality conference, Thursday 7 am, Auditorium B.\n"
            "Case 1: adult in their 60s, delayed recognition of {dx8} after discharge\n"
            "Case 2: wrong-site marking caught at time-out before {proc8}\n"
            "Case 3: medication reconciliation miss involving {rx8}\n"
            "Cases are de-identified. Peer review privileged; do not forward.\n"
            "Moderator: Dr. {provider}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Timesheets due Monday",
        "body": (
            "Reminder: pay period ending {date} closes Monday at noon.\n"
            "Employee IDs with missing punches: 1048832, 1051197, 1060024.\n"
            "Please fix them in the timekeeping system or see {name} in payroll, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sterilizer 3 - failed BI",
        "body": (
            "Steam sterilizer 3 had a positive biological indicator on cycle 48821 ({date}, "
            "{time}). Load recalled: 14 trays, including two ortho sets. No trays "
            "from that load were opened. Sterilizer is out of service until the vendor "
            "retests. {name}, SPD supervisor\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sample closet inventory",
        "body": (
            "Please do not hand out anything on this list; it expires this month:\n"
            "{rx8} samples, lot {lot}, 12 boxes\n"
            "Latisse starter kits, 4 units\n"
            "Tracking for the replacement shipment: {tracking}\n"
            "Log every sample you dispense in the binder. {name}, office manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Travel: {name} to the academy meeting",
        "body": (
            "Itinerary for {name}, presenting a poster on {test8} in {dx8}:\n"
            "Flight {flight}, departs {date} at {time}\n"
            "Hotel confirmation {code}\n"
            "Registration {ref}, paid on the department card ending 4471\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

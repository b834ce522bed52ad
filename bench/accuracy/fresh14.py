"""Held-out split "fresh14": templates and clinical vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written without seeing the detector: the author did not read gateway/,
policies/, docs/, tests/, README.md or bench/accuracy/vocab/ (the detector's code,
dictionaries and documentation), nor any other blind split (fresh8.py ... fresh13.py), and
did not run the detector, the benchmark or any test. Only bench/accuracy/generate.py,
bench/accuracy/fresh6.py and bench/accuracy/fresh7.py were read, for the placeholder names
and the data format, and so as not to repeat their templates or vocabulary. It is meant to be
run once, as an honest, untuned measurement: do not tune the detector on these templates.

Its angle is small private practices and allied health (dermatology, fertility clinics,
physical, occupational and speech therapy, chiropractic, private-practice psychotherapy and
psychiatry, dietitians, audiology, podiatry, sleep medicine, allergy, plastic surgery,
midwives and doulas, home infusion, durable medical equipment suppliers) and their front
desks, with some messages mixing Spanish, Portuguese or Vietnamese with English.

The vocabulary below ({dx14} {rx14} {proc14} {test14} {sym14} {equip14}, FRESH14_VOCAB) was
written from general knowledge of how these practices, their staff and their patients write.
Other placeholders come from generate.fill() and generate.fresh_fill(); the detector-derived
ones ({condition} {med} {med2} {procedure} {lab}) are not used.

Each template is a dict: subject, body, phi, subject_phi (the Subject alone carries PHI: it
identifies a patient together with health information, or holds a patient identifier),
validated (a checksum- or code-list-backed identifier is present: {card}, {icd}, {mbi},
{ssn}). The card-like numbers written literally in the negatives fail the Luhn check.
"""

from __future__ import annotations

FRESH14_VOCAB: dict[str, list[str]] = {
    "dx14": [
        "rosacea",
        "cystic acne",
        "seborrheic dermatitis",
        "actinic keratoses",
        "a basal cell carcinoma",
        "alopecia areata",
        "atopic dermatitis",
        "vitiligo",
        "diminished ovarian reserve",
        "unexplained infertility",
        "low sperm motility",
        "recurrent pregnancy loss",
        "patellofemoral pain syndrome",
        "lateral epicondylitis",
        "de Quervain's tenosynovitis",
        "a whiplash injury",
        "childhood apraxia of speech",
        "expressive language delay",
        "oropharyngeal dysphagia",
        "adjustment disorder with anxious mood",
        "cyclothymia",
        "ARFID",
        "bilateral sensorineural hearing loss",
        "Meniere's disease",
        "Morton's neuroma",
        "a diabetic foot ulcer",
        "narcolepsy type 1",
        "chronic insomnia",
        "alpha-gal syndrome",
        "eosinophilic esophagitis",
        "chronic spontaneous urticaria",
        "lymphedema of the right arm",
        "hyperemesis gravidarum",
        "osteomyelitis of the left foot",
        "onychomycosis",
    ],
    "rx14": [
        "tretinoin 0.05% cream",
        "isotretinoin 40 mg",
        "clindamycin 1% gel",
        "Soolantra cream",
        "Opzelura cream",
        "oral minoxidil 2.5 mg",
        "Gonal-f 225 IU",
        "Menopur 75 IU",
        "Cetrotide 0.25 mg",
        "Ovidrel 250 mcg",
        "letrozole 2.5 mg",
        "Clomid 50 mg",
        "progesterone in oil",
        "Endometrin 100 mg",
        "estradiol patches",
        "Trintellix 10 mg",
        "Vraylar 1.5 mg",
        "hydroxyzine 25 mg as needed",
        "prazosin 2 mg at bedtime",
        "Strattera 40 mg",
        "Belsomra 10 mg",
        "Xywav",
        "modafinil 200 mg",
        "Xolair injections",
        "allergy shots",
        "Auvi-Q 0.3 mg",
        "fluticasone nasal spray",
        "IV ertapenem 1 g daily",
        "IV vancomycin through the PICC",
        "IVIG every 4 weeks",
        "terbinafine 250 mg",
        "RhoGAM",
        "Zurzuvae",
        "prenatal vitamins with DHA",
    ],
    "proc14": [
        "shave biopsy",
        "punch biopsy",
        "cryotherapy of warts",
        "chemical peel",
        "egg retrieval",
        "frozen embryo transfer",
        "IUI",
        "HSG",
        "embryo biopsy for PGT-A",
        "micro-TESE",
        "dry needling",
        "spinal manipulation",
        "vestibular rehab",
        "pelvic floor therapy",
        "custom thermoplastic splint",
        "aquatic therapy",
        "functional capacity evaluation",
        "hearing aid fitting",
        "cochlear implant activation",
        "partial nail avulsion",
        "custom orthotic casting",
        "rush immunotherapy",
        "oral food challenge",
        "patch testing",
        "breast augmentation",
        "abdominoplasty",
        "upper blepharoplasty",
        "rhinoplasty",
        "breast reduction",
        "explant surgery",
        "membrane sweep",
        "external cephalic version",
        "PICC dressing change",
        "CPAP titration",
    ],
    "test14": [
        "KOH prep",
        "skin prick testing",
        "total IgE",
        "serum tryptase",
        "AMH level",
        "day 3 FSH and estradiol",
        "semen analysis",
        "first beta",
        "antral follicle count",
        "home sleep apnea test",
        "overnight polysomnogram",
        "MSLT",
        "CPAP compliance download",
        "audiogram",
        "tympanogram",
        "VNG",
        "modified barium swallow",
        "Goldman-Fristoe articulation test",
        "PHQ-9",
        "GAD-7",
        "ADOS-2",
        "gait analysis",
        "Oswestry disability index",
        "1-hour glucose challenge",
        "GBS swab",
        "vancomycin trough",
        "wound culture",
        "dermatopathology report",
    ],
    "sym14": [
        "flaky red patches around the nose",
        "a mole that got darker",
        "nonstop itching at night",
        "hair coming out in clumps",
        "bad cramping since the retrieval",
        "bloating and feeling full fast",
        "the knee giving out on stairs",
        "tingling down the arm into the fingers",
        "a lower back that keeps locking up",
        "a stiff neck with headaches",
        "stuttering more at school",
        "coughing when drinking water",
        "food getting stuck going down",
        "muffled hearing on the right",
        "a whooshing sound in the ears",
        "crying all the time",
        "not wanting to leave the house",
        "nightmares most nights",
        "skipping meals and then bingeing",
        "a sore on the bottom of the foot that won't heal",
        "thick yellow toenails",
        "loud snoring and stopping breathing",
        "dozing off at red lights",
        "lips swelling after shrimp",
        "itchy, watery eyes",
        "fluid leaking from the incision",
        "contractions every 8 minutes",
        "the baby moving less",
        "redness around the PICC line",
        "chills during the infusion",
        "a dry mouth from the mask leaking",
    ],
    "equip14": [
        "auto-CPAP with heated humidifier",
        "full-face CPAP mask",
        "nasal pillows mask",
        "BiPAP ST",
        "Dexcom G7",
        "FreeStyle Libre 3",
        "Omnipod 5 pods",
        "manual wheelchair with a ROHO cushion",
        "group 3 power chair",
        "rollator",
        "semi-electric hospital bed",
        "alternating pressure mattress",
        "shower chair",
        "3-in-1 bedside commode",
        "knee scooter",
        "CAM boot",
        "TENS unit",
        "lymphedema compression pump",
        "portable oxygen concentrator",
        "pair of rechargeable hearing aids",
        "custom foot orthotics",
        "diabetic shoes with inserts",
        "Hoyer lift",
        "elastomeric infusion pump",
        "ambulatory infusion pump",
        "double electric breast pump",
        "speech-generating device",
        "cervical traction unit",
    ],
}


FRESH14_PHI: list[dict] = [
    {
        "subject": "Re: {last} - CPAP compliance download",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "Attached is the 30-day download for {name} (DOB {dob}), set up on auto-CPAP "
            "5-15 cm on {date}. Usage 4+ hours on 58% of nights (his plan needs 70% in any 30 "
            "consecutive days before day 90), average use 3 h 41 min, residual AHI 11.4, large "
            "leak 22% of the time.\n\n"
            "He says the mask dries his mouth out and he pulls it off around 3 am. We can do a "
            "mask refit Thursday. Could you also send an order for a chin strap and heated "
            "tubing?\n\n"
            "Thanks,\n"
            "{name2}, RRT\n"
            "Sleep Therapy Coordinator\n"
            "{company} Home Medical\n"
            "Ph {phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "superbill for {first} {date}",
        "body": (
            "Hi {first},\n\n"
            "Attached is your superbill for {date2} through {date} so you can submit it for "
            "out-of-network reimbursement.\n\n"
            "Client: {name}\n"
            "DOB: {dob}\n"
            "Provider: {provider}, LMFT, NPI {npi}\n"
            "Tax ID: 84-2213907\n"
            "Diagnosis: {icd}\n"
            "CPT 90837 (psychotherapy, 53+ min) x 4 @ $180.00\n"
            "Total paid: $720.00\n\n"
            "Most plans want their claim form plus this page. Let me know if they ask for "
            "anything else!\n"
            "{provider_first}\n"
            "(sent from my practice's secure email)\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "[Secure] {first}, your biopsy results",
        "body": (
            "Hi {first},\n\n"
            "Your pathology is back from the shave biopsy on your left shoulder. It showed a "
            "superficial basal cell carcinoma. This is the most common skin cancer and the "
            "slowest growing; it almost never spreads. Dr. {provider_last} recommends removing "
            "it with a small excision in the office (we can also talk about Mohs if you "
            "prefer).\n\n"
            "Please call {phone} to book a 30-minute procedure slot, or reply to this "
            "message.\n\n"
            "This message was sent through our encrypted mail service and expires in 30 days.\n"
            "Dermatology at {clinic}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Stim day 9 - plan for tonight",
        "body": (
            "Hi {first},\n\n"
            "Great news from this morning's monitoring: estradiol 2,140 and 13 follicles, 6 of "
            "them 17 mm or bigger. Dr. {provider_last} wants you to:\n\n"
            "- Tonight at exactly 9:30 pm: trigger with Ovidrel 250 mcg + Lupron 40 units\n"
            "- Stop the Gonal-f and Cetrotide\n"
            "- Retrieval: {date} at {time}. Arrive an hour early, nothing to eat or drink "
            "after midnight, and someone has to drive you home\n\n"
            "Your partner's sample is due the same morning; the collection cup is in your "
            "pickup bag.\n\n"
            "Call the nurse line at {phone} if anything is unclear. You've got this!\n"
            "{provider_first}, RN\n"
            "IVF Nurse Coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Auth running out - need re-eval",
        "body": (
            "{provider_first},\n\n"
            "{name} is at visit 11 of 12 on the current authorization ({company}, auth "
            "#{ref}, expires {date}). Dx on the auth is {dx14}.\n\n"
            "Per your last note she's made good gains but still can't do a full shift at work. "
            "Can you do the re-eval Tuesday so I can send the progress note and ask for 8 more "
            "visits? She's on your schedule at {time}.\n\n"
            "{name2}\n"
            "Front Desk / Authorizations\n"
            "{clinic} Physical Therapy\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "can i get in today??",
        "body": (
            "hey its {first} {last}, my back locked up again this morning picking up my "
            "daughter and i can barely stand up straight. same spot as last time, low right "
            "side, and now some tingling down the back of my leg. is there anything open today "
            "with Dr {provider_last}? i can come any time after 2. also do you still have my "
            "HSA card on file\n\n"
            "sent from my iPhone\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Terapia de {first} {last} este jueves",
        "body": (
            "Hola Miss {provider_first},\n\n"
            "{first} amaneció con fiebre y tos, así que no lo voy a llevar a la terapia de "
            "lenguaje el jueves. ¿Podemos reponer la sesión la próxima semana?\n\n"
            "Also, the school is asking for his evaluation report before the IEP meeting on "
            "{date}. His teacher says he is stuttering more in class and the other kids are "
            "noticing. ¿Me puede mandar el reporte con los resultados de la evaluación?\n\n"
            "Gracias,\n"
            "{name2}\n"
            "(mamá de {first})\n"
            "{phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "FW: dose question",
        "body": (
            "Dr. {provider_last} - forwarding from a shared client, she asked that you see it "
            "before Friday. The release for you and her therapist is on file.\n\n"
            "{name2}\n"
            "Practice Coordinator\n\n"
            "---------- Forwarded message ---------\n"
            "From: {name} <{email}>\n"
            "Date: {date}\n"
            "Subject: dose question\n\n"
            "Hi, since we went down on the {rx14} two weeks ago I've been dealing with "
            "{sym14} again. Is it ok to go back up to the old dose until my appointment? I "
            "don't want to mess anything up.\n\n"
            "Thank you\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rx for {first} {last} sent",
        "body": (
            "Sent {rx14}, #30 with 1 refill, to the pharmacy on file. Next med check {date} "
            "at {time} by video. Please remind her to do the {test14} in the portal the day "
            "before.\n\n"
            "{provider}, PMHNP\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your nutrition visit summary",
        "body": (
            "Hi {name},\n\n"
            "It was good to see you today. Here is what we talked about:\n\n"
            "- Reason for referral (from Dr. {provider_last}): {dx14}\n"
            "- Today's weight: 182.6 lb, down 4 lb since your first visit\n"
            "- Goals for the next 4 weeks: protein at breakfast, two vegetables at dinner, "
            "swap the evening soda for sparkling water\n"
            "- Keep the food and symptom log in the app so we can see whether certain foods "
            "line up with {sym14}\n\n"
            "Next visit: {date} at {time}, by video. Your plan covers 6 medical nutrition "
            "therapy visits a year; this was visit 2.\n\n"
            "{provider_first}, RDN, LD\n"
            "{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Máy trợ thính của ba tôi - hearing aid repair",
        "body": (
            "Chào phòng khám,\n\n"
            "Tôi là con gái của ông {name} (ngày sinh {dob}). Máy trợ thính bên phải của ba "
            "tôi bị hư, kêu rè rè và mau hết pin. Ba tôi cũng nói tai trái nghe kém hơn trước "
            "nhiều, xem TV phải mở rất lớn.\n\n"
            "Sorry my English is not so good. Dad got the hearing aids from Dr. "
            "{provider_last} last year and I think they are still under warranty. Can we come "
            "Saturday morning for the repair and a new hearing test? He cannot come by himself, "
            "he doesn't drive anymore.\n\n"
            "Cảm ơn,\n"
            "{name2}\n"
            "{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Mrs. {last} - plantar ulcer measurements wk 4",
        "body": (
            "Wound L plantar 1st met head: 1.1 x 0.7 x 0.2 cm (last week 1.4 x 0.9 x 0.3). "
            "Granular base, does not probe to bone, mild maceration at the edges. Debrided, "
            "silver alginate, continue offloading in the CAM boot.\n\n"
            "A1c last month was 8.9 per her PCP. Her daughter asked about the diabetic shoes "
            "again; please send the paperwork to Dr. {provider_last} for the certifying "
            "statement.\n\n"
            "Next visit {date}.\n"
            "{provider_first}, DPM\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "reaction after yesterday's shot",
        "body": (
            "Hi, I got my allergy shot (build-up, vial 3) yesterday around 4:30 and last night "
            "my whole upper arm swelled up, hot and red, about the size of a softball. No "
            "trouble breathing, I took a Zyrtec and iced it. Should I still come Thursday for "
            "the next one or do we go back a dose? I don't want to lose progress, spring is "
            "awful for me.\n\n"
            "Thanks,\n"
            "{name}\n"
            "DOB {dob}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dúvida pós-operatório - {name}",
        "body": (
            "Olá Dr. {provider_last},\n\n"
            "Aqui é {name}, fiz a abdominoplastia com o senhor no dia {date}. Desde ontem a "
            "incisão do lado direito está vazando um líquido amarelado e está mais vermelha e "
            "quente. Estou tomando o antibiótico certinho e usando a cinta o tempo todo. Febre "
            "não tive, só 37,6.\n\n"
            "Sorry, my English is not good, my son is helping me write. Can I send pictures "
            "here or do I need to come in? The drain came out on Monday.\n\n"
            "Obrigada,\n"
            "{first}\n"
            "{phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Your 36-week visit",
        "body": (
            "Hi {first},\n\n"
            "Your GBS swab came back positive. This is really common (about 1 in 4 of our "
            "clients) and it doesn't mean anything is wrong with you or the baby. It does "
            "change the plan a little: since you're planning a home birth, we'll give IV "
            "antibiotics once you're in active labor, ideally 4 hours before the baby comes, "
            "so please call us as soon as contractions are 5 minutes apart instead of "
            "waiting.\n\n"
            "Your iron was also a bit low (ferritin 14), so let's add the iron tablet every "
            "other day with orange juice.\n\n"
            "See you at 37 weeks on {date}.\n"
            "{provider_first}, CPM\n"
            "{clinic} Midwifery\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "backup this weekend",
        "body": (
            "Hey {provider_first}! Thanks so much for covering while I'm at my sister's "
            "wedding. Only one client could go this weekend:\n\n"
            "{name}, 39+2 on Saturday, second baby. Her first was a C-section for breech so "
            "she's going for a VBAC at {clinic}, OB is Dr. {provider_last}. She had some "
            "bleeding at 20 weeks (low-lying placenta, it moved) and gets very anxious about "
            "needles, so ask for the IV team.\n\n"
            "Husband is {name2}, cell {phone}. Birth plan is in the shared folder.\n\n"
            "Text me if anything comes up!\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last}, {first_only} - home IV start {date}",
        "body": (
            "Delivery confirmed for tomorrow between 8 and noon at {address}.\n\n"
            "Rx: daptomycin 500 mg IV q24h\n"
            "Duration: 6 weeks (stop date {date2})\n"
            "Access: R arm PICC placed at discharge, 42 cm\n"
            "Labs: weekly CBC w/diff, CMP, CK drawn by home health on Mondays, results to Dr. "
            "{provider} (ID clinic)\n"
            "Allergies: sulfa (hives)\n\n"
            "Patient lives with her son, who will be taught to flush the line. Cell {phone}.\n\n"
            "{company} Home Infusion Pharmacy\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Missing F2F - power mobility",
        "body": (
            "Hello Dr. {provider_last}'s office,\n\n"
            "We received the order for a group 2 power wheelchair for your patient {name} (DOB "
            "{dob}), but Medicare will deny it without a face-to-face visit note that "
            "documents:\n\n"
            "- the mobility limitation inside the home\n"
            "- why a cane, walker or manual chair won't work\n"
            "- that the patient can safely operate the chair\n\n"
            "The diagnosis on the order is {icd}. Please fax the chart note from the visit on "
            "{date} to {phone}, attention Intake. We hold orders for 30 days.\n\n"
            "{name2}\n"
            "Intake Specialist, {company} Medical Supply\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Action needed on your order #{order}",
        "body": (
            "Hi {first},\n\n"
            "We can't ship your {equip14} yet. Your plan ({company}, member ID {member}) needs "
            "two things from your doctor first:\n\n"
            "1. A signed prescription from Dr. {provider}\n"
            "2. Notes from a visit in the last 6 months that say why you need it\n\n"
            "We've faxed the office twice. It can help if you call them too. Once we have the "
            "paperwork we ship in 1-2 business days.\n\n"
            "Questions? Text or call {phone}, Mon-Fri 8-6.\n"
            "{company} Home Medical\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "We missed you today",
        "body": (
            "Dear {name},\n\n"
            "We missed you at your {proc14} appointment with {provider} today at {time}. This "
            "is the second missed visit this month.\n\n"
            "Per our attendance policy, a $40 fee has been added to your account. Please call "
            "{phone} to reschedule; we have openings on {date}.\n\n"
            "Front Desk\n"
            "{clinic}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "eFax message from {phone} - 6 page(s)",
        "body": (
            "You have received a 6 page fax at 03:14 PM.\n\n"
            "----- OCR preview (page 1) -----\n"
            "REFERRAL / FAX COVER\n"
            "To: Referral Intake\n"
            "From: {provider}, MD, {clinic}\n"
            "RE: {upper_name}   DOB: {dob}\n"
            "Reason for referral: {dx14}; pt reports {sym14}\n"
            "Requested: consult and {test14}\n"
            "Insurance card front/back and last 2 office notes attached.\n"
            "CONFIDENTIALITY NOTICE: This fax may contain protected health information.\n"
            "-------------------------------\n\n"
            "View the full document: https://fax.example/v/{code}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "card auth form",
        "body": (
            "Hi {provider_first}, {name} called to put the balance for her {proc14} on a card: "
            "{card}, exp 09/29, CVV given verbally (not written down). Please run {amount} and "
            "keep the signed authorization in her chart. She also asked to move her follow-up "
            "to {date}.\n\n"
            "Thanks!\n"
            "{name2}, patient coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Financing application - IVF with PGT-A",
        "body": (
            "FINANCING APPLICATION (submitted through the patient portal)\n\n"
            "Applicant: {name}\n"
            "SSN: {ssn}\n"
            "Date of birth: {dob}\n"
            "Address: {address}\n"
            "Annual household income: $86,000\n"
            "Treatment: IVF cycle with embryo biopsy for PGT-A, estimate {amount}\n"
            "Clinic: {clinic} Fertility Center\n"
            "Physician: Dr. {provider}\n\n"
            "This is an automated message; please do not reply. A decision will be sent within "
            "2 business days.\n"
            "{company} Patient Lending\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Resupply: MBI {mbi}",
        "body": (
            "Eligible for CPAP resupply as of {date}:\n"
            "- Full face mask cushion (1 per month)\n"
            "- Disposable filters (2 per month)\n"
            "- Heated tubing (1 per 3 months)\n\n"
            "Last compliance download shows 6.8 hrs average use. Called the beneficiary, left "
            "VM. Ship to the address on file unless she calls back with a change.\n\n"
            "{name2}, Resupply Team\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "splint question",
        "body": (
            "Hello,\n\n"
            "My husband {first} is seeing {provider} for his hand after he cut two tendons on "
            "the table saw last month. The new splint rubs a sore spot on top of his wrist and "
            "he took it off to sleep last night, I know he's not supposed to. Can he come in "
            "early to get it adjusted before his Wednesday appointment?\n\n"
            "He still can't bend the middle finger at all and he's getting pretty down about "
            "it.\n\n"
            "{name2}\n"
            "{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: Re: intake for my son",
        "body": (
            "Hi {name2},\n\n"
            "Thank you for the details. Dr. {provider_last} can see him for a 90-minute "
            "evaluation on {date} at {time}. Since he's 19, he'll need to sign the release "
            "himself for us to talk with you. Please have him fill out the intake forms before "
            "the visit.\n\n"
            "Best,\n"
            "{provider_first}\n"
            "Intake Coordinator\n\n"
            "On {date2}, {name2} <{email}> wrote:\n"
            "> Yes, he was with Dr. {provider} for the ADHD since middle school but she retired.\n"
            "> Since he came home from college in May he barely leaves his room, sleeps until\n"
            "> 2 pm, and said some things that scared us. He was on {rx14} but ran out weeks ago.\n"
            ">\n"
            "> On {date2}, {provider_first} wrote:\n"
            ">> Can you tell us a bit about what's going on and whether he has seen anyone\n"
            ">> before?\n"
            ">>\n"
            ">>> Hello, I'm looking for a psychiatrist for my son {first}. Do you take\n"
            ">>> {company}?\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your sleep study results are ready",
        "body": (
            "Dear {name},\n\n"
            "Dr. {provider_last} has reviewed your overnight sleep study and the daytime nap "
            "test from {date}.\n\n"
            "Summary: you fell asleep in an average of 3.5 minutes during the nap test and went "
            "into dream (REM) sleep in 3 of 5 naps. Together with the episodes of sudden "
            "muscle weakness when you laugh, this fits narcolepsy type 1. Please do not drive "
            "until we meet on {date2}, when we will go over treatment options.\n\n"
            "This message is from your care team at the {clinic} Sleep Center. Please do not "
            "reply; use the portal.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: pics of the spot",
        "body": (
            "Adding to tomorrow's teledermatology queue.\n\n"
            "-----Original Message-----\n"
            "From: {name} <{email}>\n"
            "Sent: {date}\n"
            "To: Scheduling\n"
            "Subject: pics of the spot\n\n"
            "Here are 3 photos of the spot on my shin I mentioned on the phone. It's about the "
            "size of a pencil eraser, kind of shiny, and it bled twice in the shower. My dad "
            "had skin cancers taken off his face so I'm a little nervous. I'm also being "
            "treated for {dx14} and take {rx14}, if that matters.\n\n"
            "Thanks\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last} kids - skin testing Thurs",
        "body": (
            "Mom called to confirm both kids for Thursday at {time}. {first} is the one with "
            "the cashew reaction (hives and vomiting, ER visit in the spring) and her little "
            "brother is coming in for the eczema and a possible milk allergy.\n\n"
            "I reminded her: no antihistamines for 5 days before, and bring the EpiPens. She "
            "asked whether the oral food challenge for {first} can be the same day; I said Dr. "
            "{provider_last} would decide after the results.\n\n"
            "{name2}\n"
            "Front desk\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "MBSS results - {name}",
        "body": (
            "Modified barium swallow completed today.\n\n"
            "Findings: delayed swallow initiation; silent aspiration with thin liquids by cup "
            "and straw; penetration with mildly thick liquids, cleared with a cued cough. Chin "
            "tuck did not eliminate aspiration.\n\n"
            "Recs: mildly thick liquids, soft and bite-sized solids, meds whole in puree, "
            "upright 90 degrees for all intake. Outpatient speech therapy 2x/week for 6 weeks. "
            "Family was present and received handouts.\n\n"
            "{provider}, MS, CCC-SLP\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Records and bill request - {name} - DOI {date}",
        "body": (
            "Dear Records Custodian,\n\n"
            "This office represents {name} for injuries sustained in a motor vehicle collision "
            "on {date}. Enclosed is a HIPAA-compliant authorization signed by our client, whose "
            "date of birth is {dob}.\n\n"
            "Please provide the complete chiropractic record, including intake forms, SOAP "
            "notes, x-rays and an itemized bill with CPT codes, for all dates of service from "
            "{date} to the present. If there is an outstanding balance, we will honor a letter "
            "of protection.\n\n"
            "Sincerely,\n"
            "{name2}\n"
            "Paralegal\n"
            "Law Offices of {provider_last} & Associates\n"
            "{address}\n"
            "Tel {phone}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "team update - Thursday",
        "body": (
            "Hi all,\n\n"
            "Quick update on {first} {last} before Thursday's team call (therapist, dietitian, "
            "Dr. {provider_last}):\n\n"
            "- Weight today 98.4 lb, down 3 lb in two weeks; orthostatic HR up 34\n"
            "- Admits to skipping lunch at school and running at night\n"
            "- Dx on the treatment plan: {icd}\n"
            "- Parents are asking about a higher level of care; I gave them the residential "
            "program list\n\n"
            "I think we need to talk about medical stability first.\n\n"
            "{provider_first}, RD, CEDS\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
]


FRESH14_NEG: list[dict] = [
    {
        "subject": "Skin Notes | Summer issue",
        "body": (
            "In this issue:\n\n"
            "* Sunscreen 101: why SPF 30 is enough, and how much to use (a shot glass for your "
            "whole body)\n"
            "* The ABCDEs of melanoma, and when a mole deserves a visit\n"
            "* What's new for {dx14}: {rx14} and what the studies show\n"
            "* Meet our new PA, {name}, PA-C, who joins Dr. {provider_last} on Tuesdays\n"
            "* Now booking: cosmetic consults for chemical peels and laser hair removal\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "PO {order} - specialty pharmacy order confirmation",
        "body": (
            "Order for: {clinic} Fertility Center (office stock)\n"
            "Ship to: {address}\n\n"
            "Qty  Item                                  SKU          Lot\n"
            " 20  Gonal-f RFF pen 900 IU                {sku}   {lot}\n"
            " 40  Cetrotide 0.25 mg kit                 SKU-553102   L448120\n"
            " 60  Progesterone in oil 50 mg/mL, 10 mL   SKU-190274   L302915\n"
            "100  Insulin syringes 27G x 1/2 in         SKU-771830   L118406\n\n"
            "Cold-chain shipment: refrigerate on arrival. Tracking {tracking}.\n"
            "Invoice {invoice} to follow. Customer care {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "URGENT Field Safety Notice: {equip14}, lot {lot}",
        "body": (
            "Dear DME supplier,\n\n"
            "{company} is voluntarily recalling certain units of the {equip14} made between "
            "{date2} and {date} (lot {lot}, {sku}) because a charging connector may overheat. "
            "No injuries have been reported.\n\n"
            "What to do:\n"
            "1. Quarantine affected units in your warehouse.\n"
            "2. Check units already in the field with the serial-number lookup at "
            "https://recall.example/{code}.\n"
            "3. Return the response form within 10 business days.\n\n"
            "Questions: Recall Coordinator, {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Schedule for the week of {date}",
        "body": (
            "Mon: {name} opens (7 am), {name2} closes\n"
            "Tue: pool day - {provider_first} and {name3} in the aquatic room 8 to 12\n"
            "Wed: {name} out (CEU course), {name2} covers the front desk\n"
            "Thu: team meeting 12:15, lunch provided\n"
            "Fri: {name3} takes the new-evals block, 4 slots\n\n"
            "Reminder: if you swap shifts, update the board AND tell me. Thanks!\n"
            "{provider}, PT, DPT\n"
            "Clinic Director\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payroll approval - period ending {date}",
        "body": (
            "Please approve by noon Wednesday:\n\n"
            "{name}, front desk - 38.5 reg, 2.0 OT\n"
            "{name2}, massage therapist - 24.0 reg\n"
            "{name3}, chiropractic assistant - 40.0 reg, 1 sick day\n"
            "{provider}, DC - salary\n\n"
            "Total gross: {amount}. Direct deposits go out Friday. The attendance bonus for "
            "{first} is on a separate line.\n\n"
            "{company} Payroll Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your license renewal is due {date}",
        "body": (
            "Dear {name}, SLP,\n\n"
            "Our records show that your license to practice speech-language pathology expires "
            "on {date}. To renew, you need 20 hours of continuing education in this cycle, "
            "including 2 hours in ethics and 1 hour in cultural competency. Approved courses "
            "this year include 'Dysphagia after head and neck cancer', 'AAC for minimally "
            "verbal children' and 'Stuttering: evidence-based treatment for school-age "
            "clients'.\n\n"
            "License number: SLP{code}\n"
            "Renewal fee: $150\n"
            "Renew online at https://license.example/renew\n\n"
            "Board of Examiners for Speech-Language Pathology and Audiology\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Automatic reply: Re: scheduling",
        "body": (
            "Thank you for your message. I am away from the office from {date} through {date2} "
            "and will not be checking email or voicemail.\n\n"
            "If you are in crisis or thinking about harming yourself, call or text 988, or go "
            "to your nearest emergency room. For scheduling or billing questions, please "
            "contact {name} at {phone}. Current clients can reach our covering clinician, "
            "{name2}, LCSW, at the same number.\n\n"
            "Warmly,\n"
            "{provider}, PsyD\n"
            "Licensed Psychologist\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Credentialing application received - {provider}, LPC",
        "body": (
            "Thank you for applying to join the {company} network.\n\n"
            "Practitioner: {provider}, LPC\n"
            "Date of birth: {dob}\n"
            "Individual NPI: {npi}\n"
            "Group: {clinic} Counseling, Tax ID 46-3391827\n"
            "CAQH ID: 15523871\n"
            "Taxonomy: 101YP2500X\n"
            "Requested specialties: individual and couples therapy, trauma, perinatal mood "
            "disorders\n"
            "Service address: {address}\n\n"
            "Your file is with the credentialing committee; please allow 60-90 days. "
            "Reference {ref}.\n"
            "Provider Network Services | {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Consult group Thursday - case for discussion",
        "body": (
            "Hi all,\n\n"
            "For Thursday I'd like to bring a case (details changed, no identifiers):\n\n"
            "A woman in her late 30s, married, referred by her REI after a third failed embryo "
            "transfer. She describes feeling that her body has failed her, avoids friends who "
            "are pregnant and has stopped going to work events. Her husband wants to stop "
            "treatment; she wants one more cycle. No SI, sleep is poor, drinking 'a bit more "
            "wine than usual'.\n\n"
            "Questions for the group:\n"
            "1. How do you hold a couple's disagreement when you only see one partner?\n"
            "2. Has anyone used ACT with infertility grief?\n\n"
            "See you at 12:30 on Zoom (same link).\n"
            "{provider_first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Suite 210 - lease renewal and HVAC",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "Attached is the renewal for Suite 210 at {address}: 5 years starting {date}, base "
            "rent {amount} per month with 3% annual increases, CAM estimated at $4.10/sq ft. "
            "We can also include the after-hours HVAC your sleep lab rooms need at $45/hour, "
            "billed monthly.\n\n"
            "The plumber is coming Tuesday at 7 am about the leak above your waiting room; "
            "maintenance will need the alarm code.\n\n"
            "Best,\n"
            "{name}\n"
            "Property Manager, {company}\n"
            "{phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first}, your 30-day free trial is ready",
        "body": (
            "Hi {first},\n\n"
            "Thanks for signing up for {company} Practice, the all-in-one EHR for small "
            "practices and therapists. Your trial includes:\n\n"
            "- Online booking and automatic text reminders (practices cut no-shows by 38%)\n"
            "- One-click superbills with CPT and ICD-10 codes\n"
            "- Insurance eligibility checks and claim tracking\n"
            "- Telehealth and secure client messaging\n\n"
            "Your login: {email}\n"
            "Trial ends: {date}\n"
            "Need help importing your client list? Book a call with {name}, onboarding "
            "specialist.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now offering allergy drops / Ahora ofrecemos gotas para alergias",
        "body": (
            "Tired of weekly allergy shots? {clinic} now offers sublingual immunotherapy: "
            "allergy drops you take at home, under the tongue, for grass, ragweed and dust "
            "mites. Ask at your next visit whether it's right for you.\n\n"
            "¿Cansado de las inyecciones semanales? Ahora ofrecemos inmunoterapia sublingual: "
            "gotas para la alergia que se toman en casa. Pregunte en su próxima cita si es "
            "adecuada para usted. Hablamos español.\n\n"
            "Call {phone} | Llame al {phone}\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New on the blog: 3 high-fiber breakfasts",
        "body": (
            "This week {name}, RDN, shares three breakfasts that keep you full until lunch:\n\n"
            "1. Overnight oats with chia and berries (9 g fiber)\n"
            "2. Black bean and egg tacos on corn tortillas\n"
            "3. Greek yogurt with pears and walnuts\n\n"
            "Plus: how much fiber you actually need, and why to add it slowly. Coming next "
            "week: eating well with {dx14}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Open house Saturday: free hearing screenings",
        "body": (
            "Join us Saturday {date}, 9 am to 1 pm, for free hearing screenings and a chance to "
            "try the newest rechargeable hearing aids. {name} from {company} will demo "
            "Bluetooth streaming and the new tinnitus-masking features. Light refreshments. "
            "Bring a friend!\n\n"
            "Audiology Associates\n"
            "{address}\n"
            "{phone}\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Our 2025 IVF outcomes are published",
        "body": (
            "Each year we report our results to SART and the CDC. For cycles started in 2025:\n\n"
            "Under 35: 54.2% live births per first embryo transfer\n"
            "35-37: 43.8%\n"
            "38-40: 29.5%\n"
            "Over 40: 11.0%\n\n"
            "We transferred a single embryo in 94% of cycles, and our twin rate was 2.1%. "
            "Numbers from small clinics can swing from year to year, so ask Dr. "
            "{provider_last} what they mean for you.\n\n"
            "{clinic} Fertility Center\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - {company}",
        "body": (
            "Bill to: {clinic} Foot & Ankle\n"
            "PO: {order}\n\n"
            "Item                                   SKU          Qty\n"
            "Total contact cast kit, medium         {sku}   6\n"
            "Nail nippers, concave jaw, 5.5 in      SKU-220417   4\n"
            "Orthotic shells, polypropylene 3 mm    SKU-118903   20\n"
            "Silver alginate dressing 2x2 in, box   SKU-407726   8\n\n"
            "Total due: {amount}. Lot numbers are printed on the packing slip. Terms net 30.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cleanroom recertification {date}",
        "body": (
            "Hi {name},\n\n"
            "This confirms the semiannual certification of your compounding area on {date} at "
            "6 am: ISO 5 hood (serial {code}), ISO 7 buffer room and ISO 8 anteroom. Please "
            "hold compounding until we clear the rooms, usually by 11. We will also do viable "
            "air and surface sampling; results in 5-7 days.\n\n"
            "Technician: {name2}\n"
            "Work order {ticket}\n"
            "{company} Certification Services\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New no-show and late-cancel policy starts {date}",
        "body": (
            "Team,\n\n"
            "Starting {date} we'll charge $50 for no-shows and for cancellations with less than "
            "24 hours' notice (the first one is waived). Please use this script when "
            "confirming appointments:\n\n"
            "\"Just a reminder that we need 24 hours' notice to cancel, or there is a $50 "
            'fee. Can I confirm you for {time} tomorrow?"\n\n'
            "Reminder texts go out 48 and 24 hours ahead. {name} will update the intake packet "
            "and the website. Questions to me.\n\n"
            "{provider_first}\n"
            "Office Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card declined - {company} subscription",
        "body": (
            "Hi {first},\n\n"
            "The renewal for our scheduling software was declined on the practice card "
            "4532 8810 2271 6043. I tried the backup card 5412 7730 0916 4482 and it was "
            "declined too. Could you call the bank or give me a new number? We lose online "
            "booking on {date} if it isn't paid.\n\n"
            "{name2}\n"
            "Office Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fall classes for expecting families",
        "body": (
            "Registration is open for our fall childbirth series, taught by {name}, CNM, and "
            "{name2}, certified doula:\n\n"
            "- Comfort measures in labor (Tuesdays, 4 weeks)\n"
            "- Breastfeeding basics\n"
            "- VBAC information night\n"
            "- Newborn care for partners\n\n"
            "Classes are $120 per couple and free for clients of the practice. Sign up at "
            "{phone} or at the front desk.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: pediatric SLP (CFs welcome)",
        "body": (
            "{clinic} Pediatric Therapy is hiring a full-time speech-language pathologist. We "
            "work with toddlers and school-age kids on articulation, language delays, "
            "stuttering and feeding, and we run a small AAC clinic. Clinical fellows are "
            "welcome; you'll be mentored by {name}, CCC-SLP. Salary $72,000-$84,000 plus CEU "
            "allowance. Apply by {date}, req #{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{company} fee schedule update effective {date}",
        "body": (
            "Dear Provider,\n\n"
            "Effective {date}, the following rates apply to in-network outpatient "
            "rehabilitation and chiropractic services:\n\n"
            "97110 Therapeutic exercise, per 15 min        $31.42\n"
            "97140 Manual therapy, per 15 min              $28.95\n"
            "97530 Therapeutic activities, per 15 min      $33.10\n"
            "98941 Chiropractic manipulation, 3-4 regions  $41.87\n"
            "92507 Speech/language treatment               $68.20\n\n"
            "Please update your practice management system. Claims for dates of service on or "
            "after {date} will pay at the new rates.\n\n"
            "Provider Relations\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Updated superbill template",
        "body": (
            "Hi everyone,\n\n"
            "I updated the superbill template in the shared drive:\n"
            "- Added our group NPI and tax ID to the header\n"
            "- Added 90791, 90832, 90834, 90837, 90847 and the interactive complexity add-on "
            "90785\n"
            "- Common diagnosis codes at the bottom: F41.1, F43.23, F33.1, F40.10, F50.02\n\n"
            "Please don't save client info in the template itself; make a copy in the "
            "client's folder.\n\n"
            "{name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Annual audiometer calibration - {date}",
        "body": (
            "Your annual calibration is booked for {date} at {time}.\n\n"
            "Equipment on file:\n"
            "- Clinical audiometer, serial {code}\n"
            "- Tympanometer, serial {build}\n"
            "- Sound booth (ambient noise check)\n"
            "- Real-ear measurement system\n\n"
            "The technician, {name}, needs about 3 hours and a clear booth. Certificates are "
            "emailed within a week. Invoice {invoice} will follow.\n"
            "{company} Calibration\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tip of the month: keep your CPAP clean",
        "body": (
            "Hi from your sleep therapy team!\n\n"
            "A clean machine is a comfortable machine:\n"
            "- Wash the mask cushion daily with mild soap and warm water\n"
            "- Wash the tubing and water chamber weekly and let them air dry\n"
            "- Use distilled water only\n"
            "- Replace disposable filters every 2 weeks\n\n"
            "Most insurance plans cover new cushions monthly and masks every 3 months. Log in "
            "to the resupply portal to see what you're eligible for.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "toner",
        "body": (
            "can someone order 2 more TN-760 for the front fax before the referral rush "
            "tomorrow? PO {order} is still open. thx {first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: annual HIPAA training by {date}",
        "body": (
            "Hi {first},\n\n"
            "Your annual HIPAA and privacy training is due by {date}. This year's modules "
            "cover:\n"
            "- Sending PHI by email: when to use the [Secure] tag\n"
            "- Faxing referrals to the right number\n"
            "- Talking with family members about a client\n"
            "- What to do if you send something to the wrong person\n\n"
            "It takes about 40 minutes. Login: {email}\n"
            "{name2}, Compliance\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dr. {provider_last} is retiring - what happens to your records",
        "body": (
            "Dear patients,\n\n"
            "After 28 years, Dr. {provider} will retire on {date}. We are grateful to have "
            "cared for you and your families.\n\n"
            "Your records will be kept by {clinic}, {address}, who will also welcome you as "
            "new patients. To get a copy of your records or send them to another provider, "
            "call {phone} or fill out the release form on our website. Records are kept for at "
            "least 7 years.\n\n"
            "Prescriptions: please ask for 90-day refills at your next visit.\n\n"
            "With thanks,\n"
            "The staff of Dr. {provider_last}'s office\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Level II fieldwork student starting {date}",
        "body": (
            "Hi team,\n\n"
            "{name}, an OT student from {company} University, starts her 12-week Level II "
            "fieldwork with us on {date}. She'll be with {provider_first} in hand therapy for "
            "the first 6 weeks and then with {name2} in pediatrics. Please make sure she has "
            "EHR access (read-only for now), a badge and a locker. She has already completed "
            "her HIPAA training and background check.\n\n"
            "{provider}, OTR/L\n"
            "Fieldwork Educator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Botox & filler night - {date}",
        "body": (
            "Join us for Botox and filler night on {date}, 5-8 pm! $11 per unit of Botox, $100 "
            "off any syringe of filler, and 20% off medical-grade skincare. Meet our injectors "
            "{name}, RN, and {name2}, PA-C. Space is limited; reserve at {phone}.\n\n"
            "Results vary. Treatments are given after a consultation with a licensed "
            "provider.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sleep Medicine Update 2026 - registration open",
        "body": (
            "Join sleep physicians, dentists and respiratory therapists for a one-day update on "
            "{date}:\n\n"
            "- Hypoglossal nerve stimulation: who benefits?\n"
            "- Oral appliances vs CPAP for moderate sleep apnea\n"
            "- Orexin antagonists such as Belsomra for insomnia\n"
            "- Diagnosing narcolepsy in adolescents: when to order an MSLT\n\n"
            "Keynote: {name}, MD. 7.0 CME/CEU credits. Early-bird rate until {date2}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Khám chân miễn phí / Free foot checks for people with diabetes",
        "body": (
            "Người bị tiểu đường nên khám chân mỗi năm. {clinic} Foot & Ankle sẽ khám chân "
            "miễn phí vào ngày {date} tại {address}. Không cần hẹn trước. Có nhân viên nói "
            "tiếng Việt.\n\n"
            "People with diabetes should have their feet checked every year. Free foot exams "
            "on {date} at {address}, no appointment needed. Vietnamese-speaking staff "
            "available. Questions: {name}, {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

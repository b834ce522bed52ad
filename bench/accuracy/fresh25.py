"""Held-out split "fresh25": templates and lay vocabulary, as pure data.

Written on 2026-11-23 by a helper session (Claude) started by the phi-gateway development
session. It was written without seeing the detector: the author did not read gateway/,
policies/, docs/, tests/, README.md or bench/accuracy/vocab/ (the detector's code,
dictionaries and documentation), did not read any other blind split (fresh8.py to
fresh24.py), did not grep the repository, and did not run the detector, the benchmark,
run.py or any test. Only bench/accuracy/generate.py, bench/accuracy/fresh6.py and
bench/accuracy/fresh7.py were read, for the placeholder names that generate.fill() and
generate.fresh_fill() provide, for the data format, and so as not to repeat their templates.
It is meant to be run once, as an honest, untuned measurement: do not tune the detector on
these templates.

Angle: "the people around the patient, in their own words". Parents writing about children,
adult children about ageing parents, spouses, caregivers and home aides, portal proxies,
legal guardians and neighbours, mostly in plain lay language ("his sugar", "her water pill",
"the lump", "his heart doctor", "the shot", "stitches"); and the people at the edges of care:
employers and HR (return-to-work, FMLA, fitness for duty, accommodation), attorneys and
paralegals (personal injury, records for a claim, medical liens), adjusters and case managers
(workers' comp, auto injury), funeral homes (death certificates), clergy and chaplains, and
pharmacies. Twelve PHI templates and six negatives are written in French, Portuguese,
Vietnamese, Tagalog (one in Taglish), Haitian Creole or Polish, as a family member would. The hard
negatives come from the same world: family logistics naming people with no health content, HR
benefit and wellness mail with no individual's health, law-firm marketing and CLE notices,
caregiver newsletters and support-group schedules that name conditions but no person, funeral
home price lists, pharmacy promotions, health fairs, volunteer rosters, thank-you notes naming
staff, lay health articles and recipes, family mail about their pets' vet care, and non-English
newsletters.

The vocabulary below (FRESH25_VOCAB: {kidsx25} {kidrx25} {kidrel25} {eldersx25} {laydx25}
{laymed25} {rel25} {injury25} {restrict25} {cod25} {school25} {camp25} {firm25} {funeral25}
{parish25} {pet25} {petkind25} {group25}) was written from general knowledge of how families
and the people around care write. Other placeholders come from generate.fill() and
generate.fresh_fill().

Labelling rules. phi=True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address) is linked to health
information (condition, symptom, finding, measurement, test result, medication, device,
procedure, appointment or visit for care, payment for care, leave for a medical reason). A
deceased person named with a cause of death or a device counts as a patient. subject_phi=True
only when the Subject alone identifies a patient together with health information, or holds a
patient identifier in a care context; the other PHI templates keep identifiers out of the
Subject. validated=True exactly when {card}, {icd}, {mbi} or {ssn} appears. Negatives name only
staff, vendors, family in matters with no health content, or nobody, or give aggregate
figures; they never use {mrn}, {member}, {dob}, {ssn}, {card}, {icd} or {mbi}. Pets are not
patients: mail about a pet's vet care is a negative, and each such template makes the animal
unmistakable. The card-like numbers written literally in the negatives fail the Luhn check.
Left out as ambiguous: obituaries and memorial notices (a named person, a cause of death,
published by the family), and people describing their own health signed with a first name
only.
"""

from __future__ import annotations

FRESH25_VOCAB: dict[str, list[str]] = {
    "kidsx25": [
        "a fever of 102 that comes back every time the Motrin wears off",
        "ear pain on the left side and crying at night",
        "a red, bumpy rash on the belly and back",
        "a barky cough and noisy breathing at night",
        "vomiting, even after sips of water",
        "pink, crusty eyes in the morning",
        "diarrhea six or seven times a day",
        "a swollen, hot knee after the fall at recess",
        "wheezing after gym class",
        "a headache every afternoon after school",
        "white spots in the throat and a fever",
        "a bad sunburn with blisters",
        "hives since eating at the party",
        "a sore mouth and no interest in eating",
        "a bump on the head and two rounds of vomiting since",
    ],
    "kidrx25": [
        "amoxicillin",
        "Augmentin",
        "Omnicef",
        "azithromycin",
        "Tamiflu",
        "hydrocortisone cream",
        "antibiotic eye drops",
        "Ciprodex ear drops",
        "prednisolone syrup",
        "cephalexin",
        "nystatin",
        "Bactrim",
        "Zofran",
        "Orapred",
    ],
    "kidrel25": [
        "son",
        "daughter",
        "stepson",
        "stepdaughter",
        "grandson",
        "granddaughter",
        "foster son",
        "foster daughter",
        "nephew",
        "niece",
    ],
    "eldersx25": [
        "new bruises on both arms",
        "more confusion in the evenings",
        "swollen feet and ankles again",
        "a cough at night that won't quit",
        "no appetite at all",
        "dizzy spells when standing up",
        "a sore on the heel that won't heal",
        "trouble swallowing pills",
        "a bruise the size of a fist on the hip",
        "days and nights mixed up",
        "shortness of breath walking to the mailbox",
        "accidents at night, which never happened before",
        "a lot of shaking in the hands",
        "pain in the left knee since the last fall",
        "trouble recognizing the grandkids some days",
    ],
    "laydx25": [
        "sugar diabetes",
        "Alzheimer's",
        "emphysema",
        "congestive heart failure",
        "kidney disease",
        "Parkinson's",
        "a bad heart valve",
        "breast cancer",
        "colon cancer",
        "lupus",
        "epilepsy",
        "MS",
        "macular degeneration",
        "COPD",
        "dementia",
    ],
    "laymed25": [
        "water pill",
        "blood thinner",
        "insulin pen",
        "heart pills",
        "pain patch",
        "seizure medicine",
        "chemo pills",
        "nerve pills",
        "eye drops",
        "cholesterol pill",
        "thyroid pill",
        "nebulizer treatments",
        "memory pill",
        "blood pressure pill",
    ],
    "rel25": [
        "mother",
        "father",
        "grandmother",
        "grandfather",
        "aunt",
        "uncle",
        "mother-in-law",
        "father-in-law",
        "stepfather",
        "older brother",
        "older sister",
    ],
    "injury25": [
        "a herniated disc at L5-S1",
        "a torn rotator cuff",
        "whiplash and a concussion",
        "a fractured left wrist",
        "two broken ribs",
        "a torn ACL",
        "a crush injury to the right hand",
        "second-degree burns on the forearm",
        "a broken ankle that needed a plate and screws",
        "a lumbar sprain",
        "a fractured hip",
        "a scalp laceration closed with 14 staples",
        "a torn meniscus in the right knee",
    ],
    "restrict25": [
        "no lifting over 10 pounds",
        "seated work only",
        "no ladders or climbing",
        "four-hour shifts for two weeks",
        "no driving company vehicles",
        "no use of the right arm",
        "a 10-minute break every hour",
        "no overtime and no night shifts",
        "boot on at all times",
        "no kneeling or squatting",
    ],
    "cod25": [
        "metastatic lung cancer",
        "congestive heart failure",
        "complications of Alzheimer's dementia",
        "acute myocardial infarction",
        "end-stage COPD",
        "sepsis due to pneumonia",
        "end-stage renal disease",
        "pancreatic cancer",
        "hypertensive heart disease",
        "complications of a hip fracture",
    ],
    "school25": [
        "Lincoln Elementary",
        "Roosevelt Middle School",
        "Oak Hollow Elementary",
        "St. Agnes School",
        "Westview High School",
        "Cedar Ridge Academy",
        "Maple Grove Elementary",
        "Hillcrest Middle School",
        "Jefferson Elementary",
    ],
    "camp25": [
        "Camp Wakonda",
        "Camp Pine Lake",
        "the YMCA day camp",
        "Camp Tall Timbers",
        "Scout camp at Bear Creek",
        "Camp Sunrise",
        "the church camp at Lake Holly",
        "Camp Echo Valley",
    ],
    "firm25": [
        "Brennan & Ruiz, LLP",
        "Whitfield Injury Law",
        "Okafor Nguyen PC",
        "The Delgado Law Group",
        "Harmon, Price & Stahl",
        "Kessler Trial Attorneys",
        "Abernathy & Cho",
        "Lindqvist Law Offices",
        "Patel Morrison LLP",
    ],
    "funeral25": [
        "Hartwell & Sons Funeral Home",
        "Greenlawn Funeral Chapel",
        "Riverside Memorial Home",
        "Kowalski Funeral Home",
        "St. Clair Cremation Services",
        "Morningside Funeral Home",
        "Baptiste Family Funeral Services",
        "Oak Hill Mortuary",
    ],
    "parish25": [
        "St. Brigid's Parish",
        "Grace Lutheran Church",
        "First Baptist Church",
        "Temple Beth Shalom",
        "Holy Trinity Orthodox Church",
        "New Hope Community Church",
        "St. Stanislaus Parish",
        "Mount Zion AME Church",
        "Our Lady of Guadalupe",
    ],
    "pet25": [
        "Biscuit",
        "Max",
        "Luna",
        "Pepper",
        "Tucker",
        "Mochi",
        "Rosie",
        "Bandit",
        "Cooper",
        "Ziggy",
    ],
    "petkind25": [
        "beagle",
        "golden retriever",
        "tabby cat",
        "black Lab",
        "dachshund",
        "Siamese cat",
        "border collie",
        "rescue pit bull",
        "Maine Coon cat",
    ],
    "group25": [
        "dementia caregivers",
        "parents of children with type 1 diabetes",
        "Parkinson's care partners",
        "stroke survivors and their families",
        "families living with mental illness",
        "grief after the loss of a spouse",
        "adult children caring for a parent",
        "cancer caregivers",
        "parents of children with autism",
        "families of people with substance use disorders",
    ],
}


FRESH25_PHI: list[dict] = [
    # Parents and family writing about children.
    {
        "subject": "still has a fever",
        "body": (
            "Hi,\n\n"
            "We saw Dr. {provider_last} on Monday and were told it was a virus, but my "
            "{kidrel25} {first} (born {dob}) still has {kidsx25}. We have been alternating "
            "Tylenol and Motrin like the nurse said. Is it time to bring {first} back in, or "
            "should we go to urgent care tonight?\n\n"
            "Thank you,\n{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ear again",
        "body": (
            "this is the third ear infection since september. {first} {last} finished the "
            "{kidrx25} on friday and now has fever and ear pain again. can we get the "
            "referral to the ear nose and throat doctor for tubes like you mentioned last "
            "time?? we are so tired. call me at {phone} anytime today\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Photo of the rash",
        "body": (
            "Hello nurse line,\n\n"
            "Attaching two pictures. The rash showed up this morning on day 4 of the "
            "{kidrx25}. No trouble breathing, no swelling in the lips. Should we stop the "
            "medicine? The doctor who prescribed it was at the weekend clinic, not our "
            "regular pediatrician.\n\n"
            "Child: {name}\nDate of birth: {dob}\nParent: {name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "ADHD refill - running low",
        "body": (
            "Good morning,\n\n"
            "{first} is down to three pills of the ADHD medicine and the pharmacy says it needs a "
            "new prescription every month because it's a controlled medicine. Could Dr. "
            "{provider_last} send it to the same pharmacy as always? Teachers at {school25} say "
            "it's helping a lot with focus.\n\n"
            "{first}'s birthday is {dob}, in case you need it to find the chart.\n\n"
            "Thanks so much,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Camp health form needs a signature",
        "body": (
            "Hi,\n\n"
            "{name} leaves for {camp25} on {date} and the camp nurse won't let campers keep an "
            "inhaler in the cabin without a doctor's signature. I filled in everything I "
            "could:\n\n"
            "  Camper: {name}\n"
            "  DOB: {dob}\n"
            "  Diagnosis: asthma, exercise-induced\n"
            "  Medication: albuterol inhaler, 2 puffs before swimming and hiking, and as needed\n"
            "  Allergies: bee stings\n\n"
            "Could the doctor sign page 2 and fax it back to the camp at {phone}? I can pick "
            "it up instead if that's easier.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "when do stitches come out",
        "body": (
            "Hello! {first} fell off the scooter on Saturday and got five stitches on the "
            "chin at the ER at {clinic}. The paperwork says to have them taken out in 5 to 7 "
            "days by the regular doctor. Can we come Thursday after school? The chin looks a "
            "little red but no pus.\n\n"
            "{name2} (mom)\n{phone}\n"
            "P.S. {first}'s date of birth is {dob}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: message from the school nurse",
        "body": (
            "Forwarding what the school sent me. Please add it to the chart before the "
            "neurology appointment.\n\n"
            "{name2}\n\n"
            "---------- Forwarded message ---------\n"
            "From: Health Office, {school25}\n"
            "Date: {date}\n\n"
            "Dear parent or guardian of {name},\n\n"
            "At about 10:40 today {first} had what looked like a seizure in the cafeteria: "
            "staring, not answering, and the right hand jerking for about a minute. 911 was "
            "not called because it stopped on its own and {first} was back to normal in ten "
            "minutes. Please let us know if the seizure action plan on file needs updating.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "baby weight check?",
        "body": (
            "Hi, our baby {name} was born {dob} and the hospital said to come back for a "
            "weight check and the yellow skin. The yellow is in the eyes now too and the "
            "baby is sleeping a lot and not waking up for feeds. Do we come in today? My "
            "number is {phone}.\n\n"
            "- {name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "worried about our teenager",
        "body": (
            "Dr. {provider_last},\n\n"
            "I don't know who else to ask. Our {kidrel25} {first}, who you have seen since "
            "birth ({dob}), has been staying in the bedroom all weekend, stopped going to "
            "practice, and I found cuts on both arms last night. {first} says it's nothing. "
            "Can you see {first} this week, and do you know a counselor who takes our "
            "insurance? Please don't mention that I emailed you.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "shot record for daycare",
        "body": (
            "Hi there, the daycare needs an updated copy of the shot record before {date}. "
            "Child is {name}, DOB {dob}. I think the 12-month shots were done in the spring "
            "but the daycare says the chickenpox one is missing. Can you email it to me at "
            "{email}?\n\nThanks, {name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tryouts after the head injury",
        "body": (
            "Coach {name2} here from the Westside travel team. {name}'s mom asked me to send "
            "you what I saw: {first} took an elbow to the head at Saturday's game, sat out "
            "the second half with a headache and said the lights were too bright. Tryouts "
            "are {date} and league rules say {first} needs written clearance from the "
            "doctor after a concussion before playing again. The parent's number is "
            "{phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "foster placement - medicines",
        "body": (
            "Hello,\n\n"
            "I'm the new foster parent for {name} (DOB {dob}), placed with us on {date}. The "
            "caseworker gave us a bag with {kidrx25} and Zyrtec but no instructions and no "
            "pharmacy label on one of them. Could someone tell me the right dose and whether "
            "{first} is due for a checkup? The agency says a visit within 30 days of "
            "placement is required.\n\n"
            "{name2}\nLicensed foster parent\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Adult children, spouses, siblings.
    {
        "subject": "Mom's sugar was 300",
        "body": (
            "Hi, this is {name2}, daughter of {name}. Mom checked her sugar this morning "
            "before breakfast and it was 300, and last night it was 280. She says she has "
            "been taking the {laymed25} and the insulin like always but honestly I'm not sure "
            "she remembers. Should we take her in? Her DOB is {dob} and my cell is {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dad fell again",
        "body": (
            "Dr. {provider_last},\n\n"
            "Just letting you know my father {name} fell again on {date}, this time in the "
            "kitchen. He didn't hit his head (he says) but he has {eldersx25}. He is on the "
            "{laymed25} so I'm nervous about bleeding. We were told at his last visit that "
            "he could get a home safety evaluation. Can you order that?\n\n"
            "His address is {address} if someone needs to come out.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "memory",
        "body": (
            "Hello, I'm writing about my {rel25}, {name}, who has been your patient for "
            "years. In the last few months {first} got lost driving home from church, left "
            "the stove on twice and keeps asking the same questions. I'd like to come to the "
            "next appointment and ask about a memory test. Is there a form I need to sign so "
            "you can talk to me? Phone {phone}.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: Dad update",
        "body": (
            "Forwarding my sister's note so the office has the latest before Friday.\n\n"
            "-------- Original message --------\n"
            "From: {name2} <{email}>\n"
            "To: the family\n\n"
            "Hi all. Hospice nurse came today. Dad ({name}) is sleeping most of the day now "
            "and only taking sips. She upped the morphine to every 4 hours and said we are "
            "probably looking at days, not weeks. If you want to come see him, come this "
            "weekend. I'll be at the house at {address} all day Saturday.\n"
            "Love you all.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "question about the water pills",
        "body": (
            "My father-in-law {name} came home from the hospital yesterday with a new list of "
            "medicines and it doesn't match what he had before. The hospital list says to "
            "take the {laymed25} twice a day but the old bottle says once. His ankles are "
            "still puffy. Who do we listen to? He also has a follow-up with his heart doctor "
            "on {date}.\n\nYou can reach me at {phone}.\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Eye drops after surgery",
        "body": (
            "Good afternoon. My mother {intl_name} had her cataract surgery on {date} with "
            "Dr. {provider_last}. She is mixed up about which drops go first and how long to "
            "wait between them, and one bottle is almost empty already. She lives with me at "
            "{address}. Could someone call the house ({phone}) and go over it with me?\n\n"
            "Thank you, {name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chemo schedule for Dad",
        "body": (
            "Hi everyone (and copying the infusion center so they know who is driving):\n\n"
            "Here's who is taking Dad to chemo. Dad is {name}.\n"
            "  {date}  - me, 8:15 pickup\n"
            "  {date2} - {name2}\n"
            "  week 3  - need someone!\n\n"
            "The nurse said he will feel worst on days 3 and 4, so please check on him and "
            "make sure he drinks. The anti-nausea pills are on the counter.\n\n"
            "{name3}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "about my husband",
        "body": (
            "Dear Dr. {provider_last},\n\n"
            "My husband {name} won't call you himself, so I am. He stops breathing in his "
            "sleep, loud snoring and then nothing, and falls asleep at red lights. His heart "
            "doctor said something about a sleep study last year but nobody ever scheduled "
            "it. He is {age} and has {laydx25}. Can you order the test?\n\n"
            "{name2}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "nausea after the second round",
        "body": (
            "Hello oncology nurses,\n\n"
            "My wife, {name}, had her second treatment on {date}. Since then she hasn't kept "
            "anything down for a day and a half and she's very weak. She took the nausea "
            "pill at {time} and it came right back up. Her birthday is {dob}. Please call me "
            "on {phone}, I'm home with her.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "cancel both appointments",
        "body": (
            "Please cancel my appointment on {date} and my wife's the same day. She was "
            "admitted Sunday night with pneumonia and I will be at the hospital. Her name is "
            "{name}, date of birth {dob}. We will call to reschedule when she's home.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "the lump",
        "body": (
            "Hi, I'm writing for my {rel25}, {name}, who is too nervous to write. {first} "
            "found a lump on the left side of the chest about two weeks ago, about the size "
            "of a grape, and it hasn't gone away. {first} hasn't seen a doctor in years. "
            "Can {first} be seen soon? The address is {address} and the phone is {phone}.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Nana is raising {first}",
        "body": (
            "Hello, I am the grandmother and I have custody of {name} (born {dob}) since "
            "{year2}. The court papers are attached. I need to fill out the school forms and "
            "the allergy plan ({first} has a peanut allergy and carries an EpiPen), and the "
            "school says the doctor has to sign. Can you put me on the chart as the guardian "
            "so I can call about appointments?\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Caregivers, home aides, proxies, guardians, neighbours.
    {
        "subject": "shift notes",
        "body": (
            "Visit notes for the agency office, please forward to the nurse.\n\n"
            "Client: {name}, {address}\n"
            "Aide: {name2}\n"
            "Time in {time}, time out 3:00 pm\n\n"
            "Client refused the {laymed25} this morning, said it makes her run to the "
            "bathroom all day. Blood pressure on her home machine was 92/54. Ate half a "
            "sandwich. Has {eldersx25}. Daughter was called and did not answer.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "refill for the gentleman I care for",
        "body": (
            "Hello, I am the live-in caregiver for {name}, DOB {dob}. He is almost out of his "
            "{laymed25}, the pharmacy said the prescription expired. His son usually calls "
            "but he is traveling. Could you send a new one to the pharmacy? The house number "
            "is {phone}. Thank you very much.\n\n"
            "{intl_name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Proxy access request",
        "body": (
            "To the patient portal team:\n\n"
            "I am requesting proxy access to my {rel25}'s patient portal account. I am "
            "listed as health care agent on the power of attorney (copy attached).\n\n"
            "Patient: {name}\n"
            "Patient date of birth: {dob}\n"
            "Requester: {name2}\n"
            "Requester email: {email}\n"
            "Reason: {first} has {laydx25} and can no longer manage appointments, "
            "refills or messages alone.\n\n"
            "Please let me know if you need anything else.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Consent for dental work under anesthesia",
        "body": (
            "Dear office manager,\n\n"
            "I am the court-appointed guardian of {name}, an adult with an intellectual "
            "disability who cannot give informed consent. The dentist recommended removing "
            "four teeth under general anesthesia at the surgery center. I have reviewed the "
            "risks and I consent. Letters of guardianship are attached.\n\n"
            "Please schedule it for a weekday morning; {first} does best before lunch and "
            "gets very anxious in waiting rooms. The group home's phone is {phone}.\n\n"
            "{name2}, Guardian\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "writing for my neighbor",
        "body": (
            "Hello,\n\n"
            "My neighbor {name} at {address} asked me to send this because she can't see the "
            "screen well since her stroke. She needs to move her appointment with Dr. "
            "{provider_last} on {date}, because her ride fell through. She is home all day; "
            "her phone is {phone} but please let it ring a long time.\n\n"
            "{name2} (next door)\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medicare bill for the ambulance",
        "body": (
            "Hello billing,\n\n"
            "My mother got a bill for {amount} for the ambulance ride on {date} when she "
            "broke her hip. I think it was never sent to Medicare. Here is her information:\n"
            "Name: {name}\n"
            "Medicare number: {mbi}\n"
            "Date of birth: {dob}\n\n"
            "I have power of attorney. Please call me, {name2}, at {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "resident update for family",
        "body": (
            "Hi {name2},\n\n"
            "Quick update on your brother {name} from the house manager. He saw the "
            "psychiatrist on {date}; his medicine was changed and he has been calmer this "
            "week. He still won't use the CPAP at night. He'd love a visit on Sunday. Call "
            "the house at {phone} if you have questions.\n\n"
            "{provider_first}\nHouse Manager, Maple Street Group Home\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Who do I talk to about hospice?",
        "body": (
            "Hello. My {rel25} {name} lives with us at {address}. The specialist told us "
            "last week there is nothing more to do for the {laydx25} and we should think about "
            "hospice. I don't know where to start. {first} wants to stay home. Can the "
            "office send the referral, and who will call us? My number is {phone}.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "wound on Grandpa's foot",
        "body": (
            "Hi, I'm the one who takes care of Grandpa ({name}, {age} years old, DOB {dob}). "
            "He has {eldersx25} and there's a sore on the bottom of his foot that is black "
            "in the middle now. He doesn't feel it because of his sugar. Can the foot doctor "
            "see him this week? We can come any day.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Aide log week of {date}",
        "body": (
            "Mon - Mrs. {last} ate breakfast, took all pills, walked to the corner with the "
            "walker.\n"
            "Tue - Sugar 212 before lunch. Gave the insulin pen per the chart (12 units).\n"
            "Wed - Complained of {eldersx25}. Called her son {name2}.\n"
            "Thu - Nurse visit, dressing changed on the left leg.\n"
            "Fri - Good day. Family visiting Saturday.\n\n"
            "Client address: {address}\n"
            "Submitted by {intl_name}, HHA\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Employers and HR.
    {
        "subject": "Return-to-work clearance needed",
        "body": (
            "Hello Dr. {provider_last},\n\n"
            "Our employee {name} has been out since {date} after surgery on the right "
            "shoulder. Before {first} can return to the warehouse floor we need a note that "
            "states the return date and any restrictions. We can accommodate {restrict25} "
            "for up to 30 days. Please fax the note to HR at {phone}.\n\n"
            "{name2}\nHuman Resources, {company}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FMLA certification for {name} - own serious health condition",
        "body": (
            "Attached is the WH-380-E certification of health care provider. The employee "
            "has requested intermittent leave for flare-ups of Crohn's disease, estimated two to "
            "three episodes a month lasting one to two days each. Sections III and IV must "
            "be completed by the treating provider and returned within 15 calendar days.\n\n"
            "Leave Administration\n{company}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Fitness-for-duty evaluation",
        "body": (
            "Dear Occupational Health,\n\n"
            "We are referring {name}, bus operator, employee ID {code}, for a fitness-for-duty "
            "evaluation. On {date} the employee passed out briefly in the break room and was "
            "taken to the ER. The ER note says the employee may have had a seizure. Per our "
            "safety-sensitive policy, the employee will remain off driving duties until you "
            "clear them.\n\n"
            "{name2}, Safety and Compliance\n{company} Transit\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Accommodation request - documentation",
        "body": (
            "Hi Dr. {provider_last},\n\n"
            "{name} in our accounting department has asked for a standing desk, a larger "
            "monitor and permission to work from home two days a week. {first} told us this "
            "relates to {laydx25}. To complete the ADA interactive process we need a short "
            "letter confirming the condition, its limits on sitting and screen time, and "
            "whether these changes would help. A form is attached.\n\n"
            "Thank you,\n{name2}, HR Business Partner\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "coverage while {first} is out",
        "body": (
            "Team,\n\n"
            "{name} will be out on medical leave from {date} until at least {date2} for a "
            "planned surgery and recovery. Please don't contact {first} about work during "
            "this time. {name2} will cover the Henderson and Park accounts.\n\n"
            "{name3}\nRegional Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "doctor's note for Monday and Tuesday",
        "body": (
            "Hi {name2},\n\n"
            "Attaching the note from urgent care. I was out Monday and Tuesday with kidney "
            "stones, they gave me pain medicine and I passed it Tuesday night. Doctor says I "
            "can come back Wednesday with no restrictions. Let me know if payroll needs "
            "anything else.\n\n"
            "{name}\nShipping dept, ext {ext}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Attorneys and paralegals.
    {
        "subject": "Request for records - personal injury claim",
        "body": (
            "Records Custodian:\n\n"
            "This office represents {name} for injuries from a motor vehicle collision on "
            "{date}. Enclosed is a HIPAA-compliant authorization signed by our client. Please "
            "provide complete records and itemized billing from {date2} to the present.\n\n"
            "Client: {name}\n"
            "Date of birth: {dob}\n"
            "SSN: {ssn}\n"
            "Injuries claimed: {injury25}\n\n"
            "Please invoice us for any copying fee.\n\n"
            "{name2}, Paralegal\n{firm25}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Letter of protection",
        "body": (
            "Dear Dr. {provider_last}:\n\n"
            "Our firm represents {name}, who is treating at your office for {injury25} "
            "sustained in a fall at a grocery store. {first} has no health insurance. This "
            "letter confirms that {firm25} will protect your charges, currently {amount}, "
            "from any settlement or judgment, and that we will pay your bill directly from "
            "the proceeds before disbursement to the client.\n\n"
            "Please continue treatment as medically necessary and send updated bills every "
            "30 days.\n\n"
            "{name2}, Esq.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Narrative report request",
        "body": (
            "Dr. {provider_last},\n\n"
            "Thank you for treating our client {name} (DOB {dob}). Mediation is set for "
            "{date2}. Could you prepare a narrative report addressing: (1) the diagnosis, "
            "{injury25}; (2) whether it was caused by the work accident on {date}; (3) any "
            "permanent impairment rating; and (4) future care, including whether surgery is "
            "likely. We will pay your customary fee of {amount} for the report.\n\n"
            "{name2}\nParalegal to {name3}, {firm25}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "FW: your deposition next week",
        "body": (
            "Dr. {provider_last}'s office: the client asked us to forward this so you know "
            "the deposition may come up at the follow-up on {date}.\n\n"
            "---\n"
            "Hi {first},\n\n"
            "Reminder that your deposition is on {date2} at 10 am at our office. Opposing "
            "counsel will ask about the knee surgery, the physical therapy you missed in "
            "March, and the anxiety medication you started after the crash. Answer honestly "
            "and keep it short. Bring your list of medications.\n\n"
            "{name2}, {firm25}\n"
            "cc: {name} ({email})\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Adjusters and case managers.
    {
        "subject": "Claim {claim} - treatment authorization",
        "body": (
            "WORKERS' COMPENSATION\n"
            "Claimant: {name}\n"
            "SSN: {ssn}\n"
            "Employer: {company}\n"
            "Date of injury: {date}\n"
            "Accepted body part / diagnosis: {icd}, {injury25}\n\n"
            "Physical therapy, 2x/week for 6 weeks, is authorized. Any surgery or MRI needs "
            "separate approval. Please send progress notes after every fourth visit.\n\n"
            "{name2}, Claims Adjuster\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "PIP claim - bills received",
        "body": (
            "Dear provider,\n\n"
            "We received your bills for our insured {name}, DOB {dob}, for chiropractic "
            "treatment on {date} and {date2} following the auto accident. The treatment "
            "notes are missing from the packet. Personal injury protection benefits cannot "
            "be paid without notes showing the injuries treated and the plan of care. "
            "Reference number {ref}.\n\n"
            "{name2}\nAuto Injury Claims, {company} Insurance\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "NCM update after today's visit",
        "body": (
            "Hi {name2},\n\n"
            "I attended {name}'s follow-up with Dr. {provider_last} today. Grip strength is "
            "better but still weak; the doctor kept the restriction ({restrict25}) and wants "
            "four more weeks of hand therapy. Light duty is available at the employer, and I "
            "gave them the updated work status. Next appointment {date2}.\n\n"
            "{provider_first}, RN, Nurse Case Manager\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Funeral homes, clergy and chaplains.
    {
        "subject": "Death certificate awaiting physician signature",
        "body": (
            "Dr. {provider_last},\n\n"
            "The death certificate for your patient below is waiting for your electronic "
            "signature in the state system. The family is anxious to schedule services.\n\n"
            "Decedent: {name}\n"
            "Date of birth: {dob}\n"
            "Date of death: {date}\n"
            "SSN: {ssn}\n"
            "Cause of death (proposed by hospice): {cod25}\n\n"
            "Please call if you need to amend the cause.\n\n"
            "{name2}, Funeral Director\n{funeral25}\n{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Question before cremation",
        "body": (
            "Good morning,\n\n"
            "We are caring for {name}, who died at home on {date} under your hospice. The "
            "family is not sure whether {first} had a pacemaker or other implanted device. A "
            "device has to be removed before cremation. Can the nurse who last visited check "
            "the chart and let us know today? Our number is {phone}.\n\n"
            "{name2}\n{funeral25}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "parishioner in your hospital",
        "body": (
            "Dear Chaplain,\n\n"
            "One of our longtime members, {name}, had open-heart surgery at your hospital on "
            "{date} and the family tells me recovery has been rough. I can't get there until "
            "Thursday. Would you be able to stop by and pray with {first}? The family would be "
            "grateful, and so would I.\n\n"
            "Rev. {name2}\n{parish25}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "spiritual care note for the team",
        "body": (
            "Visited {name} in 6 West this afternoon at the family's request. The patient "
            "knows the cancer has spread and has decided against more treatment. Wife and "
            "two sons at the bedside. The patient asked for the sacrament of the sick; I have "
            "called {parish25} and their priest will come tonight. Family would like a "
            "meeting with the doctor tomorrow about going home with hospice.\n\n"
            "{name2}, Staff Chaplain\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Pharmacies.
    {
        "subject": "Inhaler not covered",
        "body": (
            "Dr. {provider_last},\n\n"
            "{company} Pharmacy here. Insurance rejected the Advair for {name}, DOB {dob}: "
            "plan prefers Wixela or Breo. The patient's mother is at the counter and the "
            "child is out of the rescue inhaler too. Could you send a covered alternative, "
            "or call us at {phone}?\n\n"
            "Thanks,\n{name2}, PharmD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your mother's prescription is ready",
        "body": (
            "Hi {name2},\n\n"
            "As the person listed to pick up for {name}, you are getting this message: the "
            "{laymed25} refill is ready at the pharmacy on {address}. The copay of {amount2} "
            "was charged to the card on file ending in the number below.\n\n"
            "Card: {card}\n\n"
            "Pickup window closes at 9 pm. Reply STOP to end texts about this patient.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Drug interaction - please call",
        "body": (
            "To the prescriber for {name} ({phone}):\n\n"
            "The patient's daughter dropped off a new prescription for fluconazole today. "
            "The patient also fills warfarin here and the combination can raise the INR a lot. "
            "We are holding the new prescription until we hear from you. The daughter says "
            "the patient's last INR was 3.1 at the clinic last week.\n\n"
            "{name2}, RPh, {company} Pharmacy\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    # Subjects that carry the patient and the care themselves.
    {
        "subject": "{name} - broke her wrist, needs a work note",
        "body": (
            "Hi, she fell on the ice Tuesday and the urgent care put her in a splint. They "
            "said to follow up with you for the cast and the paperwork for her job. She's "
            "right-handed and it's the right wrist. Can she come Friday?\n\n"
            "her husband\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Re: Dad ({name}) - hospice paperwork",
        "body": (
            "Thanks for calling back. Yes, we signed the election form and the hospital bed "
            "comes tomorrow. My brother has the DNR form, he'll bring it to the office. Who "
            "do we call at night if the pain gets bad?\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "{first}'s inhaler for camp, DOB {dob}",
        "body": (
            "Camp starts Monday, can we get the form signed and a second inhaler sent to the "
            "pharmacy so one can stay with the camp nurse? Thank you!\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Records for my mother {name}, DOB {dob}",
        "body": (
            "Hello, we are moving Mom closer to us and her new doctor wants the last two "
            "years of records, especially the heart tests. The signed release is attached. "
            "Please send them to me at {email} or mail them to {address}.\n\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Claimant {name} - {injury25}",
        "body": (
            "Adjuster here. Has the claimant been released to light duty? The employer has a "
            "position available starting {date}. Please send the last office note.\n\n"
            "{name2}\n{company} Casualty\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "out of her {laymed25} - {name}",
        "body": (
            "The pharmacy said you have to approve it. She has taken it for years. We are "
            "at {phone}. Thank you. - her son\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "WC: {name} SSN {ssn}",
        "body": (
            "First report of injury attached. Employee cut the left thumb on a box cutter "
            "this morning, needs to be seen today at your walk-in. Billing goes to our "
            "workers' comp carrier, not the employee's health plan.\n\n"
            "{name2}, Store Manager\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    # Family members writing in French, Portuguese, Vietnamese, Tagalog, Haitian Creole, Polish.
    {
        "subject": "Rendez-vous pour ma fille",
        "body": (
            "Bonjour,\n\n"
            "Ma fille {first} {last}, née le {dob}, a de la fièvre depuis trois jours "
            "(39,5 °C hier soir) et elle se plaint de l'oreille droite. Le sirop antibiotique "
            "que le Dr {provider_last} a prescrit le mois dernier est fini. Est-ce qu'on peut "
            "la voir aujourd'hui ou demain ? Vous pouvez me joindre au {phone}.\n\n"
            "Merci beaucoup,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Au sujet de mon père",
        "body": (
            "Bonjour Docteur {provider_last},\n\n"
            "Je vous écris au sujet de mon père, {name}, qui est votre patient depuis "
            "longtemps. Depuis l'été, il oublie ses rendez-vous, il répète les mêmes questions "
            "et la semaine dernière il s'est perdu en rentrant du marché. Ma sœur et moi "
            "pensons qu'il faudrait un bilan de mémoire. Il habite toujours seul au "
            "{address}. Pourriez-vous nous rappeler au {phone} ?\n\n"
            "Cordialement,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pressão do meu marido",
        "body": (
            "Olá, bom dia.\n\n"
            "Meu marido, {name}, data de nascimento {dob}, está com a pressão muito alta desde "
            "domingo: hoje de manhã deu 18 por 11. Ele toma o remédio de pressão todo dia, mas "
            "está com dor de cabeça e a vista embaçada. Devo levar ele ao pronto-socorro ou "
            "vocês conseguem atender hoje? Meu celular é {phone}.\n\n"
            "Obrigada,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pedido de laudo",
        "body": (
            "Boa tarde,\n\n"
            "Preciso de um laudo médico para a minha mãe, {name}, que teve um AVC em {date} e "
            "ficou com o lado direito fraco. O advogado do benefício pediu o relatório com o "
            "diagnóstico e os remédios que ela toma. Ela é paciente da Dra. {provider_last}. "
            "Posso buscar pessoalmente; meu telefone é {phone}.\n\n"
            "Atenciosamente,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hỏi về thuốc của mẹ tôi",
        "body": (
            "Chào bác sĩ {provider_last},\n\n"
            "Tôi là con gái của bà {name} (sinh ngày {dob}). Mấy hôm nay mẹ tôi bị chóng mặt, "
            "đường huyết buổi sáng khoảng 250, và mẹ quên uống thuốc huyết áp mấy lần. Mẹ "
            "không nói được tiếng Anh nên tôi viết thay. Xin bác sĩ cho mẹ tôi một cái hẹn "
            "trong tuần này. Số điện thoại của tôi là {phone}.\n\n"
            "Cảm ơn bác sĩ,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Con trai tôi bị ho",
        "body": (
            "Xin chào phòng khám,\n\n"
            "Con trai tôi, {name}, sinh ngày {dob}, bị ho và khò khè ba đêm rồi. Cháu đã xịt "
            "thuốc suyễn nhưng không đỡ. Tôi có thể đưa cháu đến khám ngày mai không? Cháu "
            "cũng chưa chích ngừa cúm năm nay.\n\n"
            "Điện thoại: {phone}\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tungkol kay Tita",
        "body": (
            "Magandang araw po,\n\n"
            "Ako po ang pamangkin ni {name}. Na-discharge po siya noong {date} at sinabi ng "
            "doktor na kailangan na niyang mag-dialysis tatlong beses isang linggo dahil sa "
            "sakit sa bato. Hindi pa po namin alam kung saan ang dialysis center at kung "
            "anong oras. Puwede po ba kaming tawagan sa {phone}? Nakatira po siya sa "
            "{address}.\n\n"
            "Salamat po,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "si Lolo po",
        "body": (
            "Hi po Doc {provider_last}, caregiver po ako ni Lolo {name} (birthday {dob}). "
            "Nadulas po siya sa banyo kagabi, masakit daw ang balakang niya at hindi siya "
            "makatayo nang maayos. Binigyan ko po ng Tylenol. Kailangan po ba siyang dalhin "
            "sa ER o puwede bang i-schedule na lang ng x-ray? Salamat po.\n"
            "{intl_name}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pitit mwen malad",
        "body": (
            "Bonjou,\n\n"
            "Pitit mwen {name}, ki fèt {dob}, gen lafyèv depi yè swa ak ti bouton wouj sou "
            "vant li. Li pa vle tete epi li kriye anpil. Èske doktè a ka wè l jodi a? Nimewo "
            "telefòn mwen se {phone}.\n\n"
            "Mèsi anpil,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Papa m ak sik li",
        "body": (
            "Bonswa Doktè {provider_last},\n\n"
            "Se {name2} ki ekri, pitit gason {name}. Papa m gen sik, e depi twa jou sik li "
            "monte 320 chak maten. Li fini ensilin li, e famasi a di fòk doktè a voye yon "
            "nouvo preskripsyon. Tanpri rele m nan {phone}.\n\n"
            "Mèsi\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Wizyta kontrolna taty",
        "body": (
            "Dzień dobry,\n\n"
            "Piszę w sprawie mojego taty, {name}, ur. {dob}. Tata przeszedł operację "
            "bajpasów {date} i wypisano go do domu z zaleceniem wizyty kontrolnej u "
            "kardiologa za dwa tygodnie. Nikt jeszcze nie zadzwonił, żeby ją umówić. Tata ma "
            "też spuchnięte nogi i szybko się męczy. Proszę o kontakt pod numerem {phone}.\n\n"
            "Z poważaniem,\n{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pytanie o chemię męża",
        "body": (
            "Dzień dobry, mój mąż {name} jest po drugiej chemii i od wczoraj ma gorączkę "
            "38,7 i dreszcze. Pielęgniarka mówiła, żeby w takiej sytuacji od razu dzwonić, "
            "ale nikt nie odbiera. Czy mamy jechać na pogotowie? Mój telefon: {phone}.\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]


FRESH25_NEG: list[dict] = [
    # Family logistics with no health content.
    {
        "subject": "Carpool for fall soccer",
        "body": (
            "Hi all,\n\n"
            "Here is the carpool for Tuesday and Thursday practice at the {school25} field:\n"
            "  Week 1: {name} (minivan, 6 seats)\n"
            "  Week 2: {name2}\n"
            "  Week 3: {name3}\n"
            "  Week 4: me\n\n"
            "Pickup is 5:15 sharp, practice ends at 6:45. If you need to swap, text the group "
            "and not just me. My cell is {phone}.\n\n"
            "{first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first} is turning 7!",
        "body": (
            "You're invited to a dinosaur birthday party for {first}!\n\n"
            "When: Saturday {date}, 2-4 pm\n"
            "Where: {address} (the blue house, park on the street)\n"
            "RSVP to {name2} at {phone} by Wednesday.\n\n"
            "Siblings welcome. No gifts needed, but {first} would love a card.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "moving day - need muscles",
        "body": (
            "hey everyone, we close on the new place on {date} and the truck is booked for "
            "8 am that Saturday. old address {address}, new one is 20 minutes away. pizza and "
            "beer on us. {name2} is bringing the dolly and {name3} said he has straps. reply "
            "if you can come even for an hour!\n\n"
            "- {name}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Grandma's 90th - planning",
        "body": (
            "Cousins!\n\n"
            "Grandma {name} turns 90 next month and we want to surprise her. So far: the "
            "party room at {parish25} is booked for {date}, {name2} is ordering the cake, "
            "and I'm making a photo slideshow, so send me old pictures by the 15th. Who can "
            "pick up Aunt Ruth from the airport? Venmo me {amount2} each for the food.\n\n"
            "{name3}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Field trip permission slip due Friday",
        "body": (
            "Dear families,\n\n"
            "Our class will visit the science museum on {date}. Please sign the permission "
            "slip in the Friday folder and send {amount2} for the bus. We need four parent "
            "chaperones; thank you to {name} and {name2}, who already signed up. Lunches "
            "should be packed in a disposable bag.\n\n"
            "Ms. {last}, 3rd grade, {school25}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "notes for Saturday night",
        "body": (
            "Hi {first}! Thanks for watching the kids. Dinner is the pizza in the freezer, 425 "
            "for 15 minutes. Baths are optional. Bedtime is 8:00 for the little one and 8:30 "
            "for the big one, one book each. Wi-Fi password is on the fridge. We'll be back "
            "around 11. Call {phone} if anything comes up.\n\n"
            "{name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thanksgiving - who's bringing what",
        "body": (
            "Updated list:\n"
            "  Turkey and gravy - us\n"
            "  Mashed potatoes - {name}\n"
            "  Green bean casserole - {name2}\n"
            "  Pies (2 pumpkin, 1 pecan) - {name3}\n"
            "  Rolls and wine - {first}\n\n"
            "Dinner at 3, come any time after noon. Football is on in the basement.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Pets and their vets: animals are not patients.
    {
        "subject": "{pet25}'s teeth cleaning",
        "body": (
            "Hi {first},\n\n"
            "Can you drop our {petkind25} {pet25} at the animal hospital on {date} at 7:30? "
            "It's the dental cleaning under anesthesia, so no breakfast for {pet25} that "
            "morning, only water. The vet, Dr. {provider_last}, DVM, said pickup is after 4. "
            "The estimate was {amount}, already paid.\n\n"
            "Thanks!! {name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "cat sitting instructions",
        "body": (
            "{first}, thank you for feeding the cats while we're away! {pet25}, the older "
            "cat, gets half a thyroid pill from the vet twice a day, hidden in a Pill Pocket "
            "treat. Wet food in the morning, dry at night, and scoop the litter box every "
            "other day. The vet's after-hours line is on the fridge if anything looks off.\n\n"
            "Door code is {code}. Back on {date}.\n"
            "{name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "farrier and vet this week",
        "body": (
            "Barn update: the mare has a hoof abscess on the left front. The equine vet "
            "opened and wrapped it, so she is on stall rest with a soak in Epsom salt every "
            "day until the farrier comes back Thursday. {name} and {name2} are doing the "
            "soaks; sign-up sheet is in the tack room.\n\n"
            "{first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice from {company} Veterinary Clinic",
        "body": (
            "Patient: {pet25} (canine, mixed-breed puppy, 4 months)\n"
            "Owner: {name}\n"
            "Services on {date}:\n"
            "  DHPP booster ............ $32.00\n"
            "  Rabies vaccine .......... $24.00\n"
            "  Fecal exam .............. $38.00\n"
            "  Heartworm prevention x6 . $71.40\n\n"
            "Total paid: $165.40. Next puppy visit in 3 weeks. Thank you for trusting us "
            "with {pet25}'s care!\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # HR and employers, with no individual's health.
    {
        "subject": "Open enrollment closes Friday at 5 pm",
        "body": (
            "Reminder: open enrollment for next year's medical, dental, vision and FSA ends "
            "this Friday at 5 pm. If you do nothing, your current medical plan rolls over but "
            "your FSA election does not. The HSA employer contribution goes up to $750 for "
            "single coverage.\n\n"
            "Questions? Drop in to see {name} in Benefits (ext {ext}) or email {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Action needed: dependent verification",
        "body": (
            "Hi {first},\n\n"
            "You added dependents during open enrollment. To keep them on the plan past "
            "{date}, please upload one document for each: a marriage certificate or joint tax "
            "return for a spouse, and a birth certificate or adoption papers for a child. "
            "Upload at the benefits portal, case number {ref}.\n\n"
            "{company} Benefits Service Center\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Step challenge: week 3 standings",
        "body": (
            "Great week, everyone! Team standings (average daily steps per member):\n\n"
            "  1. Sole Survivors (captain {name}) ........ 11,482\n"
            "  2. Walkie Talkies (captain {name2}) ....... 10,907\n"
            "  3. The Stepford Staff (captain {name3}) ... 9,315\n\n"
            "412 employees are taking part. Individual step counts are never shared with the "
            "company. Raffle for the {amount2} gift card is next Friday.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Policy reminder: reporting absences",
        "body": (
            "All staff: please call your supervisor at least two hours before your shift if "
            "you will be absent. You do not need to say why you are out. Absences of more than "
            "three days may qualify for protected leave under FMLA or state paid leave; "
            "contact the leave team rather than your manager for those. The full policy "
            "(HR-114, version {version}) is on the intranet.\n\n"
            "{name}, Director of Human Resources\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "You are not alone: your EAP",
        "body": (
            "Caring for an aging parent? Going through a divorce? Stressed about money? The "
            "Employee Assistance Program offers six free, confidential counseling sessions per "
            "issue to you and anyone in your household, plus legal and financial "
            "consultations. Call {phone} any time, day or night. Your manager will not be "
            "told that you called.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free flu shots at work on {date}",
        "body": (
            "The on-site flu clinic will be in Conference Room C from 10 to 2. Bring your "
            "insurance card; if you don't have one, the shot is still free. Sign up for a "
            "15-minute slot on the sheet outside the break room. Thanks to {name} from "
            "facilities for setting up the room.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Biometric screening = lower premiums",
        "body": (
            "Complete a free biometric screening (blood pressure, cholesterol, glucose, waist "
            "measurement) by {date} and save $40 a month on your medical premium next year. "
            "Results go only to you and the screening vendor, {company}; the company sees "
            "only how many people took part. Last year 61% of employees did.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New dental carrier starting January",
        "body": (
            "We are switching dental carriers to {company} Dental on January 1. New ID cards "
            "will be mailed to your home address in December. Most dentists are in network; "
            "check yours at the carrier's website. Orthodontia in progress will continue to "
            "be covered. Benefits contact: {name2}, {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Holiday party RSVP",
        "body": (
            "You and a guest are invited to the holiday party on {date} at the Riverside "
            "Ballroom, 6-10 pm. Dinner choices: chicken, salmon or vegetable risotto. Please "
            "RSVP to {name} by the 1st. Rides home will be covered for anyone who wants one; "
            "see {name2} at the front desk for a voucher code.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payroll calendar change for the holidays",
        "body": (
            "Because of the bank holiday, paychecks normally dated {date} will be deposited "
            "one day early. Timesheets are due by noon Tuesday instead of Wednesday. Contact "
            "{name} in payroll at ext {ext} with questions. Your employee number ({code}) is "
            "on every pay stub.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Attorneys, adjusters and case managers, with no client or claimant.
    {
        "subject": "Hurt in a crash? Know your rights",
        "body": (
            "Insurance companies are not on your side. If you or a loved one were injured in "
            "a car, truck or motorcycle accident, the attorneys at {firm25} fight for the "
            "compensation you deserve: medical bills, lost wages, pain and suffering. No fee "
            "unless we win. Free consultation: {phone}.\n\n"
            "This is an advertisement. Past results do not guarantee future outcomes.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CLE: HIPAA and medical records in litigation (2.0 credits)",
        "body": (
            "Join {name}, Esq., and {name2}, a hospital privacy officer, on {date} for a "
            "two-hour program on subpoenas versus authorizations, psychotherapy notes, "
            "substance use records under Part 2, and reasonable copying fees. Approved for "
            "2.0 general CLE credits. Registration {amount2} for bar members.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Elder Law Quarterly: guardianship or power of attorney?",
        "body": (
            "In this issue:\n"
            "* Why every adult over 18 needs a health care proxy\n"
            "* Guardianship vs. supported decision-making for adults with disabilities\n"
            "* Paying for memory care: what Medicaid will and won't cover\n"
            "* Meet our new associate, {name}\n\n"
            "{firm25} | {phone}\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "We've moved!",
        "body": (
            "{firm25} has moved to a larger office at {address}, Suite 400, as of {date}. "
            "Our phone and fax numbers are the same. Free parking is in the garage behind "
            "the building. Thank you to our office manager {name2} for making the move "
            "painless.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Get paid faster on your PI patients",
        "body": (
            "Dr. {provider_last},\n\n"
            "Tired of waiting two years for personal injury settlements? {company} Medical "
            "Funding buys your letter-of-protection receivables at up to 70% of billed "
            "charges, paid in 10 business days. We handle the lien paperwork with the "
            "attorneys. Book a 15-minute call with {name}: {phone}.\n\n"
            "Reply REMOVE to opt out.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New provider portal for bill submission",
        "body": (
            "To our medical providers:\n\n"
            "Starting {date}, {company} Insurance will accept workers' compensation and auto "
            "medical bills through our new provider portal. Paper bills will still be "
            "accepted for 90 days. Portal training webinars run every Tuesday at 1 pm; "
            "contact {name}, Provider Relations, at {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Safety Matters - third quarter",
        "body": (
            "Third quarter results across all plants: 3 recordable injuries (down from 7), 0 "
            "lost-time injuries, and 214 days since the last forklift incident. Most common "
            "cause of injury this year: slips on wet floors near the loading docks. Thanks to "
            "the safety committee, chaired by {name}, for the new mats and signs.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Case manager openings",
        "body": (
            "{company} is hiring two field nurse case managers for workers' compensation "
            "cases in the metro area. RN license and two years of orthopedic or rehab "
            "experience required; CCM a plus. Company car and laptop provided. Apply by "
            "{date} or contact recruiter {name} at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Caregiving, support groups, funeral homes, clergy, home care agencies.
    {
        "subject": "The Caregiver's Corner - November",
        "body": (
            "This month:\n"
            "* Five ways to take a break without feeling guilty\n"
            "* When Mom or Dad shouldn't drive anymore: starting the conversation\n"
            "* Making the house safer: grab bars, night lights and rugs\n"
            "* Hospice is not giving up: what it really covers\n"
            "* Recipe: an easy sheet-pan dinner for busy caregivers\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Support groups this month",
        "body": (
            "All groups meet in the Community Room and are free; no need to register.\n\n"
            "  1st Monday, 6:30 pm - {group25}\n"
            "  2nd Tuesday, 10 am  - Alzheimer's and dementia caregivers\n"
            "  3rd Wednesday, 7 pm - Living with Parkinson's (patients and partners)\n"
            "  4th Thursday, 6 pm  - Bereavement support\n\n"
            "Facilitators: {name}, LCSW, and {name2}, chaplain. Questions: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "General price list",
        "body": (
            "{funeral25} - General Price List, effective {date}\n\n"
            "Basic services of funeral director and staff ........ $2,195\n"
            "Embalming ............................................ $795\n"
            "Use of facilities for viewing (per day) .............. $450\n"
            "Hearse ............................................... $375\n"
            "Direct cremation with container provided by purchaser  $1,495\n"
            "Immediate burial (excluding cemetery charges) ........ $2,650\n\n"
            "You may choose only the items you want. This list is given to you as required "
            "by the Federal Trade Commission's Funeral Rule.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free seminar: planning ahead",
        "body": (
            "{funeral25} invites you to a free lunch seminar on {date} at noon. Funeral "
            "director {name} will explain pre-need plans, veterans' burial benefits, and how "
            "to write down your wishes so your family doesn't have to guess. Lunch is on us; "
            "reserve a seat at {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Welcome our new funeral director",
        "body": (
            "We are pleased to announce that {name} has joined {funeral25} as a licensed "
            "funeral director and embalmer. {first} grew up in this town and served as a "
            "volunteer firefighter for twelve years. Please stop by and say hello.\n\n"
            "{name2}, Owner\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Blood drive after Sunday services",
        "body": (
            "The Red Cross bloodmobile will be in the {parish25} parking lot on {date} from "
            "9 am to 2 pm. Eat a good breakfast, drink plenty of water, and bring a photo ID. "
            "Sign up with {name} in the parish office or walk in. Cookies and juice provided "
            "by the youth group.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Annual service of remembrance",
        "body": (
            "Each year the chaplains invite families who lost a loved one at our hospital "
            "during the past year to a short interfaith service of remembrance. This year it "
            "is on {date} at 4 pm in the chapel, led by Chaplain {name} and Rabbi {name2}. "
            "All are welcome; light refreshments follow.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hiring home health aides - $2,000 sign-on bonus",
        "body": (
            "{company} Home Care is hiring HHAs and CNAs for day, evening and weekend visits "
            "in your neighborhood. Paid training, mileage reimbursement, flexible hours. "
            "Bilingual (Spanish, Haitian Creole, Vietnamese) a plus. Call {name} at {phone} "
            "or apply online.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Aide training schedule - December",
        "body": (
            "Required in-service training for all aides:\n\n"
            "  {date}  Infection control and hand hygiene - {name}, RN\n"
            "  {date2} Safe transfers and fall prevention - {name2}, PT\n"
            "  TBD     Dementia communication skills - {name3}\n\n"
            "Each session is 2 hours and counts toward your 12 annual hours. Sessions are "
            "paid. Sign in with your employee number.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Volunteer drivers needed",
        "body": (
            "Our ride program drives older neighbors to the grocery store, the bank and "
            "other errands. This month's drivers are {name}, {name2} and {name3}; we need "
            "two more for Thursday mornings. You'll need a valid license and proof of "
            "insurance. Contact the volunteer coordinator at {email}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Pharmacies, health fairs, volunteers, thanks to staff.
    {
        "subject": "Your rewards are waiting",
        "body": (
            "Hi {first}, you've earned $10 in rewards! Use them on vitamins, cold and flu "
            "aids, or first-aid supplies this week. Plus: flu, shingles and RSV shots with no "
            "appointment at every {company} Pharmacy.\n\n"
            "Rewards card: 7777 0412 9935 1860\n"
            "Offer ends {date}. Not valid on prescriptions or tobacco.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Drive-thru closed for repairs",
        "body": (
            "The drive-thru window at our {address} pharmacy will be closed from {date} to "
            "{date2} while the canopy is repaired. The pharmacy counter inside stays open "
            "with normal hours, and curbside pickup is available: call {phone} when you "
            "arrive. Sorry for the inconvenience!\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Community Health Fair - Saturday",
        "body": (
            "FREE for the whole family:\n"
            "* Blood pressure and blood sugar checks\n"
            "* Flu and COVID shots (bring your card if you have one)\n"
            "* Vision screening for kids\n"
            "* Ask-a-pharmacist table: bring your pill bottles\n"
            "* Spanish, Portuguese and Haitian Creole interpreters on site\n\n"
            "{date}, 9 am - 1 pm, {school25} gym. Questions: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Health fair volunteer roster",
        "body": (
            "Thank you for signing up! Station assignments:\n\n"
            "  Registration table ....... {name}, {name2}\n"
            "  Blood pressure station ... {name3}, RN (plus two nursing students)\n"
            "  Kids' corner ............. {first} and the high school key club\n"
            "  Setup 7:30 / teardown 1:15 - everyone\n\n"
            "Wear your volunteer T-shirt. Parking behind the gym. Lunch provided.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thank you from the PTA",
        "body": (
            "Dear Nurse {last},\n\n"
            "On behalf of the {school25} PTA, thank you for visiting our second graders to "
            "talk about hand-washing and covering coughs. The kids loved the glitter germs "
            "demonstration, and several parents told us their children now lecture them "
            "about soap. We hope you'll come back in the spring!\n\n"
            "{name2}, PTA President\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Kudos to {first} in registration",
        "body": (
            "I want to give a shout-out to {name} at the front desk. During Tuesday's power "
            "outage {first} stayed two hours late, checked people in on paper, and kept "
            "everyone calm and laughing. This is what great service looks like.\n\n"
            "{name2}, Practice Manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "A note of thanks to the 4 West nurses",
        "body": (
            "To {name}, {name2} and the whole night crew on 4 West: the volunteers at the "
            "gift shop wanted to say thank you for the potluck you organized for us last "
            "week. The lasagna was gone in ten minutes. We are lucky to work alongside "
            "you.\n\n"
            "The Auxiliary\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CPR and first aid for parents",
        "body": (
            "Learn infant and child CPR, choking rescue and basic first aid in one Saturday "
            "morning. Taught by certified instructor {name}. Class size is limited to 12. "
            "Cost {amount2} per person, or {amount} for a couple. Register at "
            "https://classes.example/{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Lay health articles, recipes, aggregate figures, school news.
    {
        "subject": "8 signs an older parent is dehydrated",
        "body": (
            "Older adults feel thirst less, and some medicines make them lose more water. "
            "Watch for dark urine, dizziness when standing, new confusion, dry mouth, "
            "constipation, headaches, fewer trips to the bathroom, and skin that stays "
            "tented when pinched. Offer soups, fruit and a full glass of water with every "
            "pill. Call the doctor if confusion comes on suddenly.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Diabetes-friendly dinners the whole family will eat",
        "body": (
            "1. Turkey taco lettuce wraps with black beans and salsa\n"
            "2. Sheet-pan salmon with roasted broccoli and sweet potato wedges\n"
            "3. Chicken and vegetable stir-fry over cauliflower rice\n\n"
            "Each recipe has under 35 g of carbohydrate per serving. Tip: fill half the plate "
            "with non-starchy vegetables, a quarter with protein and a quarter with whole "
            "grains. Recipes from our dietitian, {name}, RD.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recipe: Grandma-style chicken soup, low sodium",
        "body": (
            "Simmer a whole chicken with 2 onions, 4 carrots, 4 celery ribs, a bay leaf and "
            "black pepper for 90 minutes. Skip the bouillon cubes: a squeeze of lemon and "
            "fresh dill give the flavour without the salt. About 320 mg of sodium per bowl "
            "versus 900 mg or more for canned. Freezes well for up to 3 months.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Going with a parent to the doctor? Bring this list",
        "body": (
            "1. Every pill bottle, including vitamins and eye drops\n"
            "2. A list of questions, most important first\n"
            "3. The insurance card and photo ID\n"
            "4. A notebook, or ask if you can record the visit\n"
            "5. A copy of the health care proxy, if there is one\n\n"
            "Ask the doctor to explain any new medicine in plain words, and what to call "
            "about.\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hospice by the numbers: our year",
        "body": (
            "This year our hospice cared for 1,184 patients and their families. Median length "
            "of stay was 24 days; 81% of patients died at home or in their chosen place. The "
            "most common diagnoses were cancer (38%), dementia (22%) and heart disease (17%). "
            "Our 143 volunteers gave 9,870 hours. Thank you to our board chair, {name}, and "
            "to every family who trusted us.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "From the school nurse: lice, fevers and flu season",
        "body": (
            "Dear {school25} families,\n\n"
            "Head lice season is here: check hair weekly and don't share hats or brushes. "
            "Please keep children home until they are fever-free for 24 hours without "
            "medicine. Any medicine given at school, even cough drops, needs a form signed by "
            "a parent and the doctor. Forms are on the school website.\n\n"
            "{name}, RN, School Nurse\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    # Non-English newsletters and notices with no person's health.
    {
        "subject": "La Lettre des aidants - décembre",
        "body": (
            "Au sommaire ce mois-ci :\n"
            "* Prendre soin de soi quand on s'occupe d'un parent âgé\n"
            "* Maladie d'Alzheimer : comment répondre aux questions répétées\n"
            "* Les aides financières pour adapter le logement\n"
            "* Groupe de parole le premier jeudi du mois, salle paroissiale\n\n"
            "Renseignements : {phone}\n{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Feira de Saúde gratuita neste sábado",
        "body": (
            "Venha com a família! Medição de pressão e glicose, vacina da gripe, orientação "
            "sobre diabetes e hipertensão, e atividades para as crianças. Teremos intérpretes "
            "de português e espanhol. Sábado, {date}, das 9h às 13h, no ginásio da "
            "{school25}. Informações: {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chích ngừa cúm miễn phí cho cộng đồng",
        "body": (
            "Trung tâm cộng đồng sẽ tổ chức chích ngừa cúm miễn phí cho người lớn và trẻ em "
            "từ 6 tháng tuổi trở lên vào ngày {date}, từ 10 giờ sáng đến 3 giờ chiều. Không "
            "cần hẹn trước. Có thông dịch viên tiếng Việt. Xin mang theo thẻ bảo hiểm nếu "
            "có.\n\nLiên lạc: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Libreng health screening sa Simbahan",
        "body": (
            "Magandang balita po! Magkakaroon ng libreng pagsusuri ng blood pressure at blood "
            "sugar pagkatapos ng misa sa {parish25} sa {date}. May mga nars na "
            "boluntaryo at libreng almusal. Inaanyayahan ang lahat, lalo na ang ating mga "
            "lolo at lola. Para sa tanong, tumawag kay {name} sa {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Klinik vaksen gratis pou timoun yo",
        "body": (
            "Lekòl {school25} ap fè yon klinik vaksen gratis pou timoun yo {date}, depi 8è "
            "rive 2è. Pote kanè vaksen pitit ou a si ou genyen l. Pa bezwen randevou. Gen "
            "moun ki pale kreyòl sou plas. Pou plis enfòmasyon, rele {phone}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Apteka: nowe godziny otwarcia",
        "body": (
            "Szanowni Państwo,\n\n"
            "od {date} apteka przy {address} będzie czynna od poniedziałku do piątku w "
            "godzinach 8-20, a w soboty 9-14. Szczepienia przeciw grypie wykonujemy bez "
            "wcześniejszej rejestracji. Farmaceuta mówi po polsku i po angielsku.\n\n"
            "Zapraszamy,\n{company} Pharmacy\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "new address for holiday cards",
        "body": (
            "Hi family! Quick note that we finally moved. New address is {address}, same "
            "phone ({phone}). The kids each have their own room now and {first} already "
            "painted theirs purple. Come visit over the break, the guest room is ready.\n\n"
            "Love, {name2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

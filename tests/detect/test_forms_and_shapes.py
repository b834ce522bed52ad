"""Health facts about people outside the clinic (fresh26) and clinical mail in the shapes it
takes (fresh27). Outside the clinic: forms that label the person as a driver, participant or
athlete, tables with a health column, Spanish letters to "usted", conditions named after
people and genetic findings. Shapes: handoff lines with a doubtful name and an age, OR
boards, Spanish phone mail, greetings by title and surname, phone-message slips, terse
Subjects; (fresh28, fresh29) patients by unit and bed and programme reports; and (fresh30,
fresh31) a name placed by age, sex, bed or unit with its findings on the lines under it,
units written "MICU-14", French and Spanish ages, newborns before a first name is given,
Portuguese and French letters, a "Concern:" field, first names given since 1990, and those
names given to pets; (fresh32, fresh33) code status and what follows a death, prescriptions
made out to someone, staff credentials after a name, and a morgue log's "Decedent" column;
(fresh34, fresh35) health terms tied to a doubtful name, names added to a tumour board or
labelling their results, French letters, drug levels, and organ donors; and mail that looks
like PHI and is not (a billing office's provider numbers, a school's families, pharmacies
lending stock, a question about no patient, a directory's credentials); (fresh36, fresh37)
scheduling and billing mail; and (fresh38, fresh39) emergency and public-health mail.
Each case has a counterpart decided the other way; every case runs on the Hyperscan and re
paths."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from gateway.detect.engine import DetectorEngine

PHI = [
    # A DOT medical card: the driver is the form's subject.
    (
        "",
        "Driver: Joshua Johnson\nExam date: 10/15/2026\nResult: meets standards\n"
        "Certificate valid for 1 year because of obstructive sleep apnea on CPAP\n",
    ),
    # Wellness screening results for one participant.
    (
        "",
        "Participant: Shirley Rollins\nScreening date: 03/31/2026\n"
        "Fasting glucose 131 mg/dL (above target)\n",
    ),
    # A Spanish form: "Nombre:".
    ("", "Nombre: Shannon Davis\nTelefono: (638) 555-3510\nCondicion medica: asma persistente\n"),
    # A trainer's table: a person column beside an injury column.
    (
        "",
        "| Athlete | Sport | Injury |\n|---|---|---|\n"
        "| Donna Parsons | lacrosse | left ankle sprain |\n"
        "| Kristin Moore | wrestling | concussion |\n",
    ),
    ("", "Name\tAllergies\nLiam Carter\tpeanut allergy, carries an EpiPen\n"),
    # A Spanish letter telling its reader ("usted") about their own condition.
    (
        "",
        "Estimado/a Adam Brown:\n\nHemos recibido el certificado medico en el que se indica "
        "que usted tiene diabetes tipo 2 y que necesita reposo.\n",
    ),
    # The condition in parentheses after the name, two words in.
    (
        "Incapacitated dependent review: Jeremy Wade (a full-thickness rotator cuff tear)",
        "Employee: Sarah Scott\nPlan: Harbor HMO\n",
    ),
    # An honorific name in prose is still a named person.
    ("", "Mr. Nathan Dickerson has Crohn's disease and needs a follow-up.\n"),
    # A DNA test's report to its customer: an eponymous disease, a carrier finding.
    (
        "",
        "Hi Shannon,\n\nThe health report from your saliva kit is ready. Your results show "
        "carrier status for Tay-Sachs disease.\n",
    ),
]

NOT_PHI = [
    # "Driver" in prose, not a form's field; a health topic nearby is no one's.
    ("", "Our driver: Joshua Johnson. Learn about sleep apnea at the safety fair.\n"),
    # A roster with no health column; a talk on concussions is no one's injury.
    (
        "",
        "| Athlete | Sport | Year |\n|---|---|---|\n| Donna Parsons | lacrosse | 11 |\n"
        "| Kristin Moore | wrestling | 12 |\n\nThe concussion talk is on Monday.\n",
    ),
    # A staff list by name and department beside an unrelated allergy-season notice.
    (
        "",
        "Name\tDepartment\nLiam Carter\tFacilities\n\nAllergy season: pollen counts are high.\n",
    ),
    # The same Spanish greeting with no one's health told ("Le invitamos").
    ("", "Estimado/a Adam Brown:\n\nLe confirmamos el cambio de su direccion postal.\n"),
    # Parentheses after a name holding no health term.
    ("Dependent review: Jeremy Wade (a full-time student)", "Employee: Sarah Scott\n"),
    # A reply chain's quoted header: the writer, not a patient labelled by "Mr.".
    (
        "",
        "Put me down for vegetarian.\n\n-----Original Message-----\n"
        "From: Mr. Nathan Dickerson\nSent: 08/13/2026\n\n"
        "Acme is sponsoring a lunch and learn on Crohn's disease management on Wednesday.\n",
    ),
    # A DNA-test advert: the disease with no one's result.
    ("", "Hi Shannon,\n\nLearn about carrier screening for Tay-Sachs disease in our guide.\n"),
]


SHAPES_PHI = [
    # "Best" is an everyday word, so the name alone is doubtful; the age after it is how a
    # handoff writes a patient.
    (
        "",
        "6. Complex case: Donna Best (49), readmitted 08/26/2026 with early Parkinson's "
        "disease for the third time this quarter.\n",
    ),
    # An OR board row: "Last, First", age and sex, procedure.
    ("", "Room 6 update:\n\n0730  Jensen, Amanda   26F  EGD   Dr. Johnson\n"),
    # Spanish phone mail: the writer introduces themself ("soy") and their high sugar.
    ("", "hola soy Anthony Stewart tengo el azucar muy alta desde hace 3 dias\n"),
    # A letter greeting its reader by title and surname, then telling them of their care.
    ("", "Dear Mr. Hayes,\n\nYour lupus nephritis is stable on the current dose.\n"),
    # The same in Spanish ("Sr. Richardson:", "su prueba de tuberculosis").
    (
        "",
        "Sr. Richardson:\n\nDebemos repetir su prueba de tuberculosis porque la anterior "
        "fue positiva.\n",
    ),
    # A phone message slip: the caller (with a nickname) and what they called about.
    ("", 'Crystal Calderon ("Liz") called - vomiting since last night, call back.\n'),
    # A terse Subject: a name and a basal insulin.
    ("rx Jeffrey Smith glargine 30 units at bedtime", "can you send a 90 day supply\n"),
]

# The hospital's own operations and care at a distance (fresh28, fresh29): a patient by unit
# and bed, a programme report rendered from a table.
OPERATIONS_PHI = [
    ("Isolation: Jason Moreno in MICU 9 - contact precautions for Candida auris", "Sign is up.\n"),
    (
        "",
        "Pharmacy, 4 East is missing piperacillin-tazobactam 4.5 g IV for Wong, Anthony in "
        "833-A. It is due at 7:00 am.\n",
    ),
    ("", "ESCORT NEEDED RM MICU 9 CODY FRYE TO DIALYSIS 0900 W/C CALL X430\n"),
    ("", "Participant\nChristopher Lopez\nPHQ-9\n17 at intake\nMedication\nsertraline\n"),
]

OPERATIONS_NOT_PHI = [
    # A code and a year after a name is no unit and bed.
    ("", "Maria Lopez, CEO 2024 winner, spoke about asthma.\n"),
    # Nor is a resident's year, in a board-review question about no one.
    (
        "",
        "A 58-year-old man presents with chest pain. Which is the best next step?\n"
        "Submitted by Terri Vance, PGY-3.\n",
    ),
    # A heading line that is no form label.
    ("", "Outstanding Student\nJohn Smith won the award. The asthma walk is Saturday.\n"),
]

SHAPES_NOT_PHI = [
    # The same doubtful name with no age: a person in the news of a walk, not a patient.
    ("", "Thanks to Donna Best for organising the Parkinson's disease walk on Saturday.\n"),
    # The board without its patient: a room and a surgeon.
    ("", "Room 6 update:\n\n0730  turnover   EGD tower moved   Dr. Johnson\n"),
    # The same introduction about an address change.
    ("", "hola soy Anthony Stewart llamo para cambiar mi direccion\n"),
    # The same greetings, with no care of the reader's.
    ("", "Dear Mr. Hayes,\n\nThank you for speaking at our lupus nephritis symposium.\n"),
    ("", "Sr. Richardson:\n\nLe recordamos que su pasaporte vence el 06/01/2026.\n"),
    # The same caller about an event, and about something else with a health event later.
    ("", "Crystal Calderon called about the diabetes walk route on Saturday.\n"),
    ("", "Crystal Calderon called - the garage is closed, and the asthma walk moved.\n"),
    # A Subject naming a person and no care.
    ("rx Jeffrey Smith lunch order for Friday", "can you send the menu\n"),
]


# fresh30 (handoffs, safety, teaching) and fresh31 (children, pregnancy, families).
FAMILIES_PHI = [
    # An I-PASS sign-out: the findings are on the lines under the placed name.
    (
        "Night sign-out 7 West",
        "1. Hamilton, Crystal - 5N-31 - 67M\n   I: WATCHER\n"
        "   P: acute ischemic stroke, on cefepime 2 g q8h\n",
    ),
    # A unit and bed with a hyphen.
    ("", "The wound RN saw Tammy Brown in MICU-14 today. Stage 3 pressure injury, 4 x 3 cm.\n"),
    # A French handoff: an honorific and an age in years ("ans").
    ("Transmission", "Mme Scott, 60 ans, chambre SICU 2 : DKA. Sous enoxaparin 40 mg.\n"),
    # A Spanish case summary.
    ("", "Resumen del caso: Sr. Thomas, 62 años, ingresado por severe hyponatremia.\n"),
    # A newborn named before a first name is given.
    (
        "Hearing rescreen",
        "Baby Boy Thompson, born 2021-11-02, did not pass the newborn hearing screen in the "
        "left ear.\n",
    ),
    # Spanish and Portuguese letters to their reader ("su ultimo resultado de", "sua").
    (
        "Su cita de WIC",
        "Hola Mario Hidalgo:\n\nPor favor traiga su último resultado de hemoglobina.\n",
    ),
    (
        "Sua consulta",
        "Olá, Aahana Dash!\n\nSua consulta de pré-natal está marcada para 10/05/2026.\n",
    ),
    # A lactation note: the mother, then a "Concern:" field.
    ("", "Mother: Brandon Jones\nInfant: Zoe, 6 days old\nConcern: slow weight gain\n"),
    # First names given since 1990, in a terse Subject.
    ("Jayden Case - ADHD medication at school", "Dear school nurse,\n"),
    ("Harper Hernandez - missed rotavirus #2", "Mom says she will bring her in Tuesday.\n"),
    # A safety event named in an M&M Subject.
    ("M&M: Norman, Elizabeth - retained guidewire", "Draft timeline attached for Tuesday.\n"),
    # A child's name in the Subject (counterpart: the same name given to a dog).
    (
        "Cooper's dental cleaning",
        "Hi Jean,\n\nCan you take our son Cooper to Dr. Hall on 09/13? No breakfast, he is "
        "having the cleaning under anesthesia.\n",
    ),
]

FAMILIES_NOT_PHI = [
    # The same list without a placed name: a teaching case.
    (
        "Morning report",
        "1. Case three - a 67-year-old man\n   I: WATCHER\n"
        "   P: acute ischemic stroke, on cefepime 2 g q8h\n",
    ),
    # Staff by role and a unit code, no patient ("PGY-3", "MS-3" are training years).
    ("", "Terri Vance, PGY-3, and Dana Ruiz, MS-3, present pressure injury prevention.\n"),
    # A French unit memo without a person.
    ("Transmission", "Chambre SICU 2 : nettoyage terminal. Protocole DKA mis a jour.\n"),
    ("", "Resumen del programa: 62 años de servicio; charla sobre severe hyponatremia.\n"),
    # A hearing-screen programme note without a newborn.
    ("Hearing rescreen", "The newborn hearing screen programme moves to Audiology on 11/02.\n"),
    # Spanish and Portuguese notices with the same words, to nobody.
    (
        "Cita de WIC",
        "Hola familias:\n\nEl programa WIC ofrece pruebas de hemoglobina los lunes.\n",
    ),
    ("Consulta", "Olá, equipe!\n\nA sala de pré-natal estará fechada em 10/05/2026.\n"),
    # A "Concern:" field in an IT ticket, with a staff name.
    ("", "Reporter: Brandon Jones\nConcern: printer on 4B jams\n"),
    # Modern first names without health information.
    ("Jayden Case - soccer practice moved", "Dear coach,\n"),
    ("Harper Hernandez - daycare pickup", "Mom says she will bring her in Tuesday.\n"),
    # A safety topic without a person.
    ("M&M: retained guidewire prevention", "Draft timeline attached for Tuesday.\n"),
    # "Cooper" is now a first name; here he is a dog.
    (
        "Cooper's dental cleaning",
        "Hi Jean,\n\nCan you drop our rescue pit bull Cooper at the animal hospital on "
        "09/13? No breakfast, he is having the cleaning under anesthesia.\n",
    ),
]

# End of life and the pharmacy (fresh32, fresh33): code status and what follows a death, a
# prescription made out to someone, a room before a doubtful name, staff credentials after
# a name, a signature after a "your", a "Medicine:" field, a morgue log's column.
END_OF_LIFE_PHI = [
    ("Code status", "FYI Dana Whitaker in 7B is now DNR/DNI per the family meeting.\n"),
    ("", "Estate of Lorraine Fisher: claim denied for the final admission. Principal dx J44.1.\n"),
    (
        "",
        "We are handling arrangements for Debra Marsh, who passed at your facility on 08/06. "
        "Could Dr. Lee confirm the cause of death?\n",
    ),
    (
        "",
        "Corner Care Pharmacy: Rx for Bonnie Whitfield is ready for pickup. atorvastatin 40 mg "
        "tablet, qty 30.\n",
    ),
    (
        "",
        "Med changes for next week's cycle:\nRoom 214 - Kathy Best\n"
        "START Trelegy Ellipta 1 puff daily.\n",
    ),
    (
        "",
        "Comfort kit delivered to the home of Samuel Andrews at 9:45 am: morphine 20 mg/mL and "
        "lorazepam 0.5 mg.\n",
    ),
    ("", "Tyler Russell, hospice patient, is out of his lorazepam.\n"),
    ("", "Welcome back!\n\nChristina Jimenez, your TB test result is ready in the portal.\n"),
    (
        "",
        "Hi Allison, here's the calendar we discussed on the phone.\n"
        "Medicine: Enbrel 50 mg SureClick\n",
    ),
    ("", "Report: overdose, found at home.\n\nRyan Davis\nDecedent, age 54\n"),
    (
        "MORGUE RELEASE LOG",
        "TAG    DECEDENT         MRN       DOD          RELEASED TO\n"
        "M-188  SHANNON CHASE    52419433  03/24/2026   Lakeview Cremation\n"
        "       PRECAUTIONS: ACTIVE PULMONARY TB - AIRBORNE\n",
    ),
]

END_OF_LIFE_NOT_PHI = [
    ("Code status", "Reminder: DNR/DNI orders must be re-signed after every transfer to 7B.\n"),
    (
        "",
        "Lorraine Fisher will walk through claim denials for final admissions. Principal dx "
        "J44.1 is the example.\n",
    ),
    (
        "",
        "Please congratulate Debra Marsh, who passed the CPC exam. She now reviews cause of "
        "death coding.\n",
    ),
    (
        "",
        "Corner Care Pharmacy: Bonnie Whitfield is our new store manager. atorvastatin 40 mg "
        "tablets are back in stock.\n",
    ),
    (
        "",
        "Med changes for next week's cycle:\nKathy Best delivers the cards on Friday.\n"
        "Trelegy Ellipta 100 mcg is on backorder.\n",
    ),
    (
        "",
        "Comfort kits for the home visits team are stocked by Samuel Andrews: morphine 20 "
        "mg/mL and lorazepam 0.5 mg.\n",
    ),
    ("", "Tyler Russell, hospice aide, brought the lorazepam from the office.\n"),
    (
        "",
        "Count reviewed by Marc Burke (PIC) and Tyler Russell, CPhT: lorazepam 0.5 mg tab, "
        "498 of 500 counted.\n",
    ),
    (
        "",
        "Welcome, volunteers! Please bring your TB test result and badge photo.\n\n"
        "Christina Jimenez, palliative care NP\n",
    ),
    (
        "",
        "Hi team, here's the calendar we discussed on the phone.\n"
        "Medicine: Enbrel 50 mg SureClick\n",
    ),
    (
        "",
        "Report any death to the medical examiner: overdose, injury, within 24 hours of a "
        "procedure.\n\nRyan Davis\nDecedent Affairs Coordinator\n",
    ),
    (
        "MORGUE RELEASE LOG",
        "TAG    ATTENDANT        BADGE     DATE         RELEASED TO\n"
        "M-188  SHANNON CHASE    52419433  03/24/2026   Lakeview Cremation\n"
        "       PRECAUTIONS: ACTIVE PULMONARY TB - AIRBORNE\n",
    ),
]

# Clinical notes and voicemail (2026-11-24, from the older splits' misses): a note's next
# sentence without its subject, a room written "RM 714-2", the Spanish "paciente",
# misspellings too short for the misspelling pass, a gene with its finding, an injury.
NOTES_PHI = [
    (
        "BP readings",
        "Spoke with Mr. Hansen this afternoon about his home cuff readings. Taking montelukast "
        "10 mg daily, denies chest pain.\n",
    ),
    ("PAGE", "ESCORT NEEDED RM 714-2 MICHAEL STEELE TO DIALYSIS 0900 W/C\n"),
    (
        "Solicitud de interprete",
        "Necesitamos un interprete para la paciente Riya Jayaraman manana. El Dr. Johnson le "
        "va a explicar el plan para su pulmonary fibrosis.\n",
    ),
    (
        "Voicemail",
        "Transcription: this is Abel calling for my mother Keith Dunn she has the astma and "
        "the pills for the pressure she finish yesterday\n",
    ),
    (
        "Your report is ready",
        "Hi Anthony,\nYour results show a CHEK2 variant. Book a call with a genetic counselor.\n",
    ),
    (
        "Claimant Wesley Wong - a fractured left wrist",
        "Has the claimant been released to light duty?\n",
    ),
]

NOTES_NOT_PHI = [
    (
        "BP readings",
        "Spoke with Mr. Hansen this afternoon about the new cuffs for the clinic. Taking "
        "montelukast with food is covered in the handout.\n",
    ),
    ("PAGE", "ESCORT NEEDED 0900 FOR DIALYSIS UNIT SUPPLIES - CALL MICHAEL STEELE X786\n"),
    (
        "Solicitud de interprete",
        "Necesitamos un interprete para la charla de Riya Jayaraman manana sobre pulmonary "
        "fibrosis.\n",
    ),
    (
        "Voicemail",
        "Transcription: this is Abel calling for my mother Keith Dunn she wants to know the "
        "parking hours for the pressure washing on Friday\n",
    ),
    (
        "Webinar",
        "Hi Anthony,\nOur webinar covers what a CHEK2 variant means for families. Book a seat "
        "today.\n",
    ),
    ("Claimant Wesley Wong - a new address", "Has the claimant been sent the form?\n"),
]

# Cancer care and surgery (fresh34, fresh35): a health term tied to a doubtful name by a
# possessive, a bracket or a predicate, a name added to a board, a name labelling its
# results, "your infusion", "filha de", French letters, "Debra Wilson's surgery", drug
# levels, and organ donors who are not fundraising.
CANCER_SURGERY_PHI = [
    ("", "Hi Dr. Marshall - Cameron Thompson's restaging scan read as no FDG-avid disease.\n"),
    (
        "tumor bd add on",
        "pls add James Howell to thurs tumor bd - new Hodgkin lymphoma, path just back.\n",
    ),
    ("", "Robert Perkins (surgery 10/28, Dr. Miller): K 3.0, Hgb 9.1, glucose 284.\n"),
    ("", "Hi Jonathan Maxwell, reminder of your infusion on 05/04 at 9:30 am.\n"),
    (
        "",
        "Boa tarde,\nSou Carolyn Kelley, filha de Martin Cruz. O exame de ontem mostrou "
        "tacrolimo 11.4 e ela esta com diarreia.\n",
    ),
    ("", "Dr Hansen's office: Zachary Miller took his weekly Ozempic on Sunday.\n"),
    ("", "Madame Janet Ortiz,\nVotre coloscopie est prevue le 03/14/2026.\n"),
    ("Re: Debra Wilson's surgery on 04/18/2026", "Any update?\n"),
    ("tac 14.6 ng/mL - Donovan, Emily", "was 2 hrs late on the dose.\n"),
    (
        "Living donor evaluation - Edward White for recipient Kelsey Mccarthy",
        "Crossmatch negative.\n",
    ),
]

CANCER_SURGERY_NOT_PHI = [
    ("", "Hi Dr. Marshall - Cameron Thompson's team will run the restaging scan training.\n"),
    ("distribution list", "pls add James Howell to the lymphoma committee distribution list.\n"),
    (
        "",
        "Robert Perkins (lab manager, ext 4410): the new analyzer reads glucose 284 on the "
        "control.\n",
    ),
    ("", "Hi Jonathan Maxwell, reminder that the infusion center closes at 5 pm on 05/04.\n"),
    (
        "",
        "Boa tarde,\nSou Carolyn Kelley, filha de Martin Cruz. Obrigada pelo convite para o "
        "jantar.\n",
    ),
    ("", "Dr Hansen's office: Zachary Miller ordered the Ozempic samples for the clinic.\n"),
    ("", "Madame Janet Ortiz,\nLe service sera ferme le 03/14/2026.\n"),
    ("Re: Dr. Debra Wilson's surgery block on 04/18/2026", "Any update?\n"),
    ("tac sheet - Donovan, Emily", "please sign the timesheet.\n"),
    (
        "Donor wall unveiling - Edward White and Kelsey Mccarthy",
        "Thanks to our donors for the new dialysis wing.\n",
    ),
]

# A record identifier found by its shape with a supporting word, beside health information
# (a prior authorisation's member ID, an ADT message's record number): the person it is
# about; not a drug lot or a mail batch.
RECORD_ID_PHI = [
    (
        "PA XJH374065600 - Roux-en-Y gastric bypass - pending clinicals",
        "Payer wants the last 3 PT notes.\n",
    ),
    (
        "ADT^A03 1306188 discharged from ED-HALL-3",
        "Discharge diagnosis: COPD with acute exacerbation.\n",
    ),
]

RECORD_ID_NOT_PHI = [
    (
        "Lot L800974 - sertraline 100 mg recall",
        "312 patients identified from dispensing records; the list is in the secure folder.\n",
    ),
    (
        "Statement batch 11361236 delayed",
        "This cycle's patient statements mail Thursday. No action is needed on individual "
        "accounts with COPD or diabetes.\n",
    ),
]

# Mail that looks like PHI and is not (false positives in the older splits, worked on while
# fresh36 and fresh37 were written), each beside the patient mail it must not be mistaken for.
LOOKALIKE_PHI = [
    # A provider's Medicaid number is a patient's when the claim names them.
    ("Claim question", "Medicaid ID: 0412345 for Jack Krause, colonoscopy on 05/02/2026 denied.\n"),
    (
        "Your results",
        "Dear Cesar Chavez,\n\nYour strep test was positive. Start the amoxicillin.\n",
    ),
    # A quoted writer's own medicine, taken or returned.
    (
        "Re: question",
        "Thanks, we will call you.\n\n> On 08/06/2026, Kristin Myers wrote:\n"
        "> I have been taking Trulicity 1.5 and my stomach hurts. Can I stop it?\n",
    ),
    (
        "Re: my meds",
        "> On 08/06/2026, Kristin Myers wrote:\n"
        "> I need to send back the Trulicity pens, they made me sick. Can I switch?\n",
    ),
    ("refill", "Hi, can you send me more Trulicity? I'm almost out.\n\nKristin Myers\n"),
    (
        "protocol q",
        "asking about a specific pt: Rose Lee can't take amoxicillin, what else for her UTI?\n",
    ),
    ("PT eval", "Charlotte Le (pt) - left knee replacement 11/23/2026, PT eval today.\n"),
]

LOOKALIKE_NOT_PHI = [
    # A billing office's signature: the Medicaid number beside "Tax ID" and "PTAN" is the
    # practice's, and a record identifier alone is not health information about anyone.
    (
        "Billing contacts",
        "Please update your records with our new billing contacts.\n\nJack Krause\n"
        "Business Office Manager\nGroup NPI: 1511077111 | Tax ID: 94-1234567\n"
        "Medicare PTAN: AB1234 | Medicaid ID: 0412345\n\n--\nDr. Ryan Lopez, Cardiology\n",
    ),
    # A school greets its families by the school's name.
    (
        "Illness policy",
        "Dear Cesar Chavez Elementary families,\n\nChildren with a fever of 100.4 or higher, "
        "vomiting or an unexplained rash must stay home. Pink eye may return after 24 hours.\n",
    ),
    # Pharmacies lending each other stock.
    (
        "Re: can you send Ozempic?",
        "Sent 4 pens in the courier bag.\n\nPatrick Wilson, PIC Store #254\n\n"
        "> On 08/06/2026, Kristin Myers wrote:\n> We're out of Ozempic 1 mg. Can you spare a few"
        " pens? I can send back Trulicity 1.5 next week.\n",
    ),
    # A question about no one, above a colleague's quoted line.
    (
        "protocol q",
        "whats ur go-to for alzheimers in pts who cant take amoxicillin? asking for the clinic "
        "protocol, not a specific pt\n\n> On 08/21/2026, Rose Lee wrote:\n"
        "> lets revise the protocol at the next QI mtg\n",
    ),
    # A directory's therapist, her credential before a dash.
    ("Provider directory", "TERMINATED\n  Charlotte Le, PT - left the network 11/23/2026\n"),
    # A supply company's customer account for sharps containers.
    (
        "Payment declined",
        "Please call (245) 555-4104 to update payment for your Sharps container 2 gal "
        "subscription, account 8768974535.\n\nMedical Supply, Accounts Receivable\n",
    ),
]

# Scheduling and billing mail (fresh36, fresh37): a visit with a clinic, booking fields,
# callback notes, payments for care, Spanish statements.
BOOKING_BILLING_PHI = [
    (
        "Text",
        "Text: Hi Teresa, reminder of your Women's Health appt w/ Dr. Simpson on 07/16/2026 "
        "at 8:30 am. Reply C to confirm.\n",
    ),
    ("No-show: Andrew Stark - ENT new pt", "Did not arrive for the 9:40. Called, LM.\n"),
    (
        "",
        "Hello Rose Wilson,\n\nYou tried to book a follow-up visit online, but this visit "
        "needs a referral from your primary care provider first.\n",
    ),
    ("", "From: Daniel Sanchez\nDepartment: Nephrology\nReason: a positive FIT test.\n"),
    (
        "",
        "Abandoned call. Called back: spoke with Angel Thomas, wanted to confirm the prenatal "
        "visit on 02/03/2026.\n",
    ),
    (
        "Re: your appointment",
        "no i cant come my sugars have been all over the place. this is Amanda Robinson\n",
    ),
    (
        "",
        "Shannon Harris called from the lobby, she came to Urology by rideshare. She's on "
        "oxygen, so call her cell.\n",
    ),
    (
        "",
        "A personal check from Julie Wilson, 8139 Ashley Mews. Memo line says 'ER visit "
        "11/03/2026'. Can PFS apply it?\n",
    ),
    ("", "Statement for Laura Martin's admission from 09/08/2026 to 09/12/2026 attached.\n"),
    (
        "",
        "Estimado/a Regina Wilson:\n\nRecibimos su pago de $146.78 para la cuenta 9173290236 "
        "(traslado en ambulancia, 05/01/2026).\n",
    ),
]

BOOKING_BILLING_PHI += [
    # The street in a home address is not the next person the colonoscopy could be about.
    (
        "",
        "Notice of Chapter 7 filing from the attorney for Cassidy Alvarado, 369 Preston Cape. "
        "Case no. 313850. Put a hold on every account for this guarantor, including the "
        "colonoscopy from 03/01/2026.\n",
    ),
    (
        "",
        "Hi Kimberly Garcia, your balance of $732.42 for your overnight observation stay on "
        "01/14/2026 is past due.\n",
    ),
]

BOOKING_BILLING_NOT_PHI = [
    # A clinic's signature and a newsletter name a clinic and appointments, nobody's visit.
    ("", "Thanks,\nMaria Lopez\nCardiology Clinic\nAppointments: (415) 555-0101\n"),
    (
        "",
        "Cardiology appointments move to Building C on 12/01/2026. Dr. Lee and Maria Lopez "
        "will staff the front desk.\n",
    ),
    # Allergies asked of everyone, sent to the one ordering lunch.
    (
        "",
        "Lunch is on us on 05/10/2026; Margaret Williams is ordering, so send her any "
        "allergies or dietary needs by Monday.\n",
    ),
    # A coding quiz's case, and the auditor's contact line.
    (
        "",
        "Quiz: a 67-year-old is seen in the ED for chest pain, troponin negative. Principal "
        "diagnosis?\n\nQuestions? billyguerrero@yahoo.com\n",
    ),
    (
        "",
        "CDM changes: 80053 Comprehensive metabolic panel $122.00\n\nQuestions: Sherry Ward, "
        "patient account representative\n",
    ),
    ("Payer bulletin: Aetna Choice POS II prior auth changes", "Sleep studies need it.\n"),
]

EMERGENCY_PUBLIC_HEALTH_PHI = [
    # A callback list: the person called, then the call's topic.
    (
        "callback list - done",
        "Called Dale Johnson at (454) 555-8319 re: ED visit 09/06/2026 for saddle pulmonary "
        "embolism. No further action.\n",
    ),
    ("LVAD pt inbound", "Heads up, M-41 bringing in Jeffrey Scott, HeartMate 3 LVAD.\n"),
    (
        "bay 6",
        "bay 6 is Scott Hardy, the L-sided weakness off Rescue 22. ekg in the chart, can u "
        "page cards?\n",
    ),
    # A TB contact list: the tests and medicines of a contact investigation.
    (
        "TB contact investigation - update",
        "1. Jonathan Johnston - household - TST placed 08/24/2026, read 16 mm.\n",
    ),
    (
        "Hep B result",
        "Lumabas na po ang resulta ni Ma. Cristina Reyes (birthday: 08/06/2005): positive po "
        "sa hepatitis B surface antigen.\n",
    ),
    ("Pertussis PCR+ - Djenika Jones, 6 wk old", "Admitted to PICU.\n"),
    (
        "EBLL caseload",
        "Child | DOB | Venous BLL | Drawn\nBao Perez | 03/18/2024 | 46 ug/dL | 01/06/2026\n",
    ),
]

# A school grade places a child; a Vietnamese given name the census lacks.
EMERGENCY_PUBLIC_HEALTH_PHI += [
    (
        "Varicella at Lincoln Elementary",
        "Reporting a chickenpox case: Khang Davis, 2nd grade, diagnosed by the pediatrician "
        "on 08/17/2026.\n",
    ),
    (
        "Elevated blood lead result",
        "Dear parent or guardian of Khang Pena,\nThe blood lead test done at your child's "
        "check-up was 24.5 mcg/dL, so Khang needs a venous blood test within 4 weeks.\n",
    ),
]

# An ePCR export in NEMSIS, the US EMS data standard: ePatient.17 is the date of birth.
EMERGENCY_PUBLIC_HEALTH_PHI.append(
    (
        "NEMSIS export error",
        '{"eRecord.01": "F26-009371", "ePatient.17": "01/15/1974", "eSituation.11": '
        '"concussion", "error": "eDisposition.21 is required"}\n',
    )
)

# Partner notification and exposure letters, to the exposed reader by name.
EMERGENCY_PUBLIC_HEALTH_PHI += [
    (
        "Mensaje confidencial del Departamento de Salud",
        "Stephanie Short:\n\nUna persona con quien usted tuvo contacto recientemente fue "
        "diagnosticada con trichomoniasis. No le podemos decir quien es.\n",
    ),
    ("", "Hi Maria, you may have been exposed to measles at the county fair on 05/02.\n"),
]

EMERGENCY_PUBLIC_HEALTH_NOT_PHI = [
    (
        "",
        "Hi all, if you were exposed to measles at the county fair, call the county line.\n"
        "Maria Lopez, PHN\n",
    ),
    (
        "NEMSIS 3.5 release notes",
        "ePatient.17 (date of birth) is now required for every record; eSituation.11 takes "
        "ICD-10 terms such as concussion. Effective 01/15/2027.\n",
    ),
    (
        "",
        "Congratulations to Maria Lopez, 2nd grade teacher, on her marathon a year after knee "
        "surgery.\n",
    ),
    # The same cues without a patient: a staff member called about a protocol's meeting, an
    # epidemiologist's signature under outbreak figures, a flyer in Vietnamese, a hospital.
    (
        "",
        "Called Dale Johnson at (454) 555-8319 re: the staffing meeting for Thursday. No "
        "further action.\n",
    ),
    (
        "Multistate STEC O157 outbreak - CDC call notes",
        "- 63 cases in 14 states; 22 hospitalized, 5 with HUS\nShannon Peters, foodborne epi\n",
    ),
    (
        "Ngay Hoi Suc Khoe Cong Dong - 06/04/2026",
        "- Tiem ngua cum, COVID-19 va viem gan B\nLien lac: Cody Perez, (315) 555-9943\n",
    ),
    (
        "DIVERSION: Good Samaritan East",
        "Good Samaritan East EMERGENCY DEPT: ON DIVERSION\nEXCEPTIONS: CARDIAC ARREST, STEMI\n",
    ),
    ("", "Child | Activity | Week\nBao Perez | swim team | 2\n"),
]

# Long-term care and the lab (fresh40 and fresh41, 2026-11-24): a resident placed by a
# named hall or an apartment, chart shorthand (c/o, BKA, H&P), capitals in a critical value,
# a diet order after a swallow study, payment for a resident's care.
POST_ACUTE_LAB_PHI = [
    (
        "SBAR",
        "S: Mr. Howell in Birch 12 was found on the floor by the bed.\n"
        "B: 81 y/o, hx atrial fibrillation, on Eliquis.\n",
    ),
    ("Apt 118", "Mrs. Holloway c/o dizziness since lunch, BP 92/58. pls see.\n"),
    ("Critical value", "CRITICAL HGB 6.1 for Ramirez, Teresa - called to 4W RN.\n"),
    (
        "diet change",
        "Dietary: Lopez, Maria (Room 12) goes to a pureed diet with thickened liquids after "
        "her swallow eval.\n",
    ),
    (
        "Statement",
        "Resident: Harold Jensen\nMedicare Part A days 1-20: $0.00\nCoinsurance days 21-30: "
        "$2,095.00\n",
    ),
    ("mobile draw", "Please add Diane Walsh to Friday's mobile draw, she needs a CBC and BMP.\n"),
]
POST_ACUTE_LAB_NOT_PHI = [
    # The same words about no one: a lab's reagent check lists analytes ("Na, K"), a unit
    # named like a person, a facility named after a grove, a draw site's address.
    (
        "Lot verification",
        "New cartridge lot verified: bias within limits for Na, K, Cl, glucose and "
        "creatinine. POCT coordinator Steven Thomas.\n",
    ),
    (
        "Precautions on Magnolia Court",
        "Three residents on Magnolia Court had vomiting this week; the unit is on enhanced "
        "precautions.\n",
    ),
    (
        "",
        "Maple Grove Care Center will host the flu shot clinic on Tuesday. Sign up at the "
        "front desk.\n",
    ),
    (
        "New hours",
        "The patient service center at 239 Lee Views opens at 6:30 am for fasting draws; "
        "glucose tolerance tests need a booking.\n",
    ),
    ("Ship to", "Ship the thickened liquids samples c/o the front office, Attn: Ana Ruiz.\n"),
    (
        "",
        "Allen-Kelly has recalled troponin reagent lot L541016; stop using it and review "
        "results with your medical director.\n",
    ),
]

POST_ACUTE_LAB_PHI += [
    # A staff word before the name ("charge nurse") no longer hides a no-show for dialysis;
    # a device the reader took home for a test.
    (
        "missed tx",
        "This is the charge nurse at the dialysis unit. Linda Howell did not show for HD "
        "today and her K was 6.0 on Friday.\n",
    ),
    (
        "Device not returned",
        "Hi Rita,\n\nThe home sleep apnea test device you picked up last week has not come "
        "back yet. Please drop it at the front desk.\n",
    ),
]
POST_ACUTE_LAB_NOT_PHI += [
    (
        "",
        "Hi Rita,\n\nThe sleep study analyzers you picked up for the lab go back to the vendor "
        "on Friday.\n",
    ),
    ("", "Linda Howell set up the room for HD video calls with the family council.\n"),
]

POST_ACUTE_LAB_PHI += [
    # "c/o" and "s/p" as predicates (they were split into three tokens and never matched); a
    # room's bed by its side ("116 window"); a wound by its cause.
    ("Skin check", "Mrs. Garcia c/o a rash on her back again, pls call NP.\n"),
    (
        "Diet order change",
        "Dietary\nTaylor, Michael (116 window) downgraded to a pureed diet after the SLP swallow "
        "eval today.\n",
    ),
    ("Skin sweep", "- Mr. Moore (108-A): arterial ulcer L lateral ankle, new this week\n"),
    # An HL7 result row by its value type, the test named in words only a lab uses as such.
    (
        "Interface error",
        "Message did not file:\nPID|1||15434672^^^HOSP^MR||Davis^Shawn^^^^^L\n"
        "OBX|1|ST|vitamin B12||SEE NOTE||||||F\n",
    ),
]
POST_ACUTE_LAB_NOT_PHI += [
    (
        "Samples",
        "Please send the sample case to Maria Lopez c/o Acme Wound Supply. The venous ulcer "
        "dressing kits ship Monday.\n",
    ),
    ("Menu", "Maria Lopez (116 window) asked about the menu for the holiday lunch.\n"),
    (
        "ORU mapping",
        "Mapping for the new analyzer, per Kara Leblanc:\nOBX|1|NM|GLU^Glucose||\n"
        "OBX|2|ST|B12^Vitamin B12||\n",
    ),
]

# Jails, detention and occupational health (fresh42 and fresh43, 2026-11-24): the person a
# custody form, a drug test or an exam is about, labelled as those trades label them.
INSTITUTIONS_WORK_PHI = [
    (
        "Transport",
        "Please schedule a two-officer transport:\nInmate\nCross, Gary\nAppointment\n"
        "01/06/2026 at 8:00 am, mammogram\nMedical\nNPO after midnight. Uses a walker.\n",
    ),
    (
        "1 West issue",
        "> Inmate Hayes in 1W cell 14 says his chest has been hurting\n> since count.\n",
    ),
    (
        "Pre-placement exam results",
        "Candidate: Maria Lopez\nPosition: forklift operator\nResult: QUALIFIED WITH "
        "RESTRICTIONS\nRestrictions: no lifting over 20 lb\nDrug screen: negative\n",
    ),
    (
        "MRO",
        "MRO VERIFICATION WORKSHEET\nDonor: Joshua Pope\nDONOR STATES: PRESCRIPTION FOR "
        "cyclobenzaprine 10 mg\n",
    ),
]
INSTITUTIONS_WORK_NOT_PHI = [
    (
        "Interview panel",
        "Candidate: Maria Lopez\nPosition: occupational health nurse\nInterview: 03/04/2026 "
        "with the Employee Health team\n",
    ),
    (
        "",
        "Inmate Services will run the commissary on Tuesday; the flu shot clinic is Wednesday "
        "in the gym.\n",
    ),
]

# Custody health units and injury logs (fresh42 and fresh43, 2026-11-25): a person by the
# number a jail, a detention centre or homeless services gives them, and a name in a table's
# row with its health facts in the same row.
CUSTODY_ROWS_PHI = [
    (
        "Chronic care clinic Thursday - list",
        "Officers, please have them in medical holding by 0815.\n\n"
        "Rachel Wagner | J2510443 | sickle cell disease | BP and A1c due\n",
    ),
    (
        "2000 pass - C pod",
        "BED    NAME                  MED                 STATUS\n"
        "C-04   Harris, Jacob         methadone 60 mg     REFUSED\n",
    ),
    (
        "Property release",
        "Property, medical has verified the machine dropped off by family for Gwendolyn Martin "
        "(booking 24-119306, Max 1 cell 6). Sleep study on file.\n",
    ),
    (
        "Constant observation log",
        "SUICIDE PRECAUTIONS - CONSTANT OBSERVATION\nPatient: Leslie Jones   Location: Dorm B "
        "bunk 31 lower\n1500 sitting on bunk, calm\n",
    ),
    ("dentist list", "pls add Josefina Uribe A# A241788016 to next dentist list, pain 8/10\n"),
    (
        "Field induction today",
        "Started Kevin Marshall on buprenorphine 8 mg SL at the encampment by the rail yard.\n",
    ),
    ("RTW", "Craig Jones called in positive for COVID-19 this morning, home antigen test.\n"),
]
CUSTODY_ROWS_NOT_PHI = [
    (
        "Property release",
        "Property: release to family for Gwendolyn Martin (booking 24-119306): one pair of "
        "reading glasses, a watch and a wallet.\n",
    ),
    (
        "Hotel",
        "Gwendolyn Martin, your hotel booking 24119306 is confirmed for the diabetes "
        "educators' conference.\n",
    ),
    (
        "Grand rounds",
        "Tuesday   Maria Lopez   lecture   heart failure   Room 4\n"
        "Thursday  Brian Chen    lecture   asthma          Room 2\n",
    ),
    (
        "Rotations",
        "We started Maria Lopez on the night rotation this week; the diabetes walk is on Friday.\n",
    ),
]

# Occupational health (fresh43, 2026-11-25): a term only an occupational clinic or an MRO
# writes lifts the employment topic (tests/detect/test_care_setting.py for the flag itself).
from test_care_setting import HR as OCC_HR  # noqa: E402
from test_care_setting import MRO as OCC_MRO  # noqa: E402

OCC_HEALTH_PHI = [
    ("Drug test result", OCC_MRO),
    (
        "Audiogram follow-up",
        "EMPLOYEE: JOSHUA POPE\nBaseline audiogram 2019; today's shows a standard threshold "
        "shift in the left ear. Refit hearing protection; retest in 30 days.\n",
    ),
    (
        "Fitness for duty",
        "Officer David West was evaluated on 10/08/2026 at the department's request after "
        "the incident. Sources: clinical interview, MMPI-3.\n\nOpinion: currently FIT for "
        "duty with conditions: continued treatment for alcohol use disorder, in early "
        "remission.\n",
    ),
    (
        "MRO worksheet",
        "DONOR: JOSHUA POPE\nLAB RESULT: POSITIVE - marijuana metabolite\nDONOR STATES: "
        "PRESCRIPTION FOR cyclobenzaprine 10 mg\n",
    ),
]
OCC_HEALTH_NOT_PHI = [
    ("Training roster", OCC_HR),
    (
        "New hire paperwork",
        "Employee: Marcus Hale\nStart date 03/02. Flu shot clinic is open to all employees on "
        "Wednesday; benefits enrollment closes Friday.\n",
    ),
    (
        "Program update",
        "The medical review officer contract renews in March; audiogram booths in the press "
        "room are recalibrated yearly. Questions: Maria Lopez, employee services.\n",
    ),
]

# Lists, rows and markers (fresh42 and fresh43, 2026-11-25): a sick-call slip's number, a
# two-space column, a list under a heading that names the care, a room after "is in", a
# diagnosis marked "dx", a term opening with "his", a breath-alcohol printout's subject.
LISTS_ROWS_PHI = [
    ("Sick call: 25-118342 tooth abscess", "Triage done, see the slip.\n"),
    ("MARK ELLIS BKG BK2209311 - CLEARED FOR TRANSPORT W/ O2", "Van leaves at 0600.\n"),
    (
        "Camp stops",
        "Camp stop: Ray Ortiz (HMIS SH-4410) - cellulitis on the left forearm, cleaned and "
        "dressed.\n",
    ),
    (
        "Nights",
        "Observation cells, nights\n\nObs 2  Carla Nunez  CIWA 16 at 0200, Librium 50 mg\n"
        "Obs 3  empty\n",
    ),
    (
        "Clinic day",
        "Clinic day, B unit. Vaccinated (hepatitis B dose 2):\n\n  Ortiz, Raymond     0093311\n"
        "  Helen Gray         (see MAR)\n",
    ),
    ("ICU visit", "Visited the ICU. Paul Becker is in room 5120; they think it is pneumonia.\n"),
    (
        "Light duty",
        "Laura Kim got back from the clinic with a note - 6-hour shifts only until 12/01, dx "
        "right ankle sprain.\n",
    ),
    ("Dock", "Derek Shaw slipped on the loading dock at 7:40. He says his back hurts.\n"),
    ("Printout", "SUBJECT NAME: LUIS VEGA\nBREATH ALCOHOL TEST\nCONFIRMATION RESULT: 0.052\n"),
    # A notice's addressee by "To:", a drug screen's read, Portuguese self-introduction.
    (
        "Hearing notice",
        "Hearing Conservation Program\n\nTo: Dana Price\n\nYour annual audiogram on 07/05 "
        "showed a standard threshold shift in the left ear.\n",
    ),
    ("Paul Becker - UDS non-negative, sent for confirmation", "Split sealed.\n"),
    (
        "Recollection",
        "Dear Ms. Price,\n\nThe laboratory reported your urine specimen as negative-dilute; "
        "please report for a recollection within 24 hours.\n",
    ),
    (
        "Ajuda",
        "Olá, meu nome é Carla Nunes, trabalho no turno da noite. Depois do acidente não "
        "consigo dormir e tenho crises de ansiedade.\n",
    ),
    (
        "Kites",
        'Kites from tonight:\n\n1) Ortiz, Raymond  #0093311  3 East 114A\n   "my jaw been '
        'aching 3 days"\n',
    ),
]
LISTS_ROWS_NOT_PHI = [
    (
        "Forms",
        "Sick call slips 2025-2026 are filed by unit. Dental sick call runs Tuesdays for tooth "
        "pain.\n",
    ),
    ("Speakers", "Speakers for the asthma symposium:\n\n  Laura Kim\n  Paul Becker\n"),
    ("Talk", "Dr. Laura Kim will give the talk: dx and management of asthma.\n"),
    ("Room", "Paul Becker is in room 5120 with the projector for the pneumonia lecture.\n"),
    ("Thanks", "Thanks to Laura Kim  for the asthma poster.\n"),
    ("Log", "The alco-sensor units are recalibrated monthly; Luis Vega handles the log.\n"),
    (
        "UDS report",
        "Paul Becker will send the UDS report to HRSA by Friday; diabetes control rates are up.\n",
    ),
    (
        "Memo",
        "To: Dana Price\n\nThe audiogram booth in building 2 is recalibrated on Friday. Your "
        "badge opens it.\n",
    ),
    (
        "Feria",
        "Hola, mi nombre es Carla Nunez y estoy organizando la feria de salud sobre la diabetes.\n",
    ),
]

# Records, claims and the people around them (fresh44 and older splits, 2026-11-25): the
# plaintiff named in an attorney's letter, a second clause with its subject left out, a
# relative opening a form field, a breach letter's test result; and the look-alikes: the
# records office's coordinator, Haitian Creole's "yo", a laboratory's notice to clients,
# three people as one sentence's subject, attorney marketing.
RECORDS_PHI = [
    (
        "Deposition request",
        "We would like to depose Dr. Alan Reyes as a treating physician of the plaintiff, Nora "
        "Castle. Dr. Reyes performed a lumbar fusion on 03/12 and followed her for chronic "
        "pain.\n",
    ),
    ("Visit", "Dana Price scored 15 on the Edinburgh today, reports heavy bleeding with clots.\n"),
    (
        "Phone note",
        "Caller: mom, Dana Price\nRe: Leo, 9 months\nCallback: 475-555-0101\nVomiting x4 since "
        "midnight, no fever.\n",
    ),
    (
        "Aviso",
        "Estimado/a Ana Hall:\n\nUna carta con su nombre y los resultados de sus análisis (a "
        "positive urine cotinine) se envió por error a otra dirección.\n",
    ),
]
# Occupational health's forms, in more of its words (occ_health): an FMLA certification, an
# OSHA recordability decision; not the employee-health nurse as a job.
RECORDS_PHI += [
    (
        "WH-380-E received",
        "Certification of Health Care Provider for Employee's Serious Health Condition\n\n"
        "Employee: Dana Price\nEmployer: Summit Paving & Grading\n\nPart A (provider)\n"
        "Condition: latex allergy\nDate condition began: 06/26\nInpatient care: no\n"
        "Treatment: follow-up visits every 2-4 weeks; cetirizine 10 mg\nFlare-ups: 1-2 a "
        "month, lasting 1-3 days.\n\nProvider: Alan Reyes, MD, Silva Medical Group\n\nLeave "
        "team note: intermittent leave approved through 01/12.\n",
    ),
    (
        "Recordability determination - incident 4471",
        "Incident 4471\nEmployee: Paul Becker, paint line operator\nWhat happened: caught his "
        "right hand in the roller.\nTreatment: seen at the clinic; 3 sutures, prescription "
        "for ibuprofen 800 mg, back to work the same day with restrictions.\nDetermination: "
        "RECORDABLE (medical treatment beyond first aid).\n",
    ),
]
RECORDS_NOT_PHI = [
    (
        "Congrats Douglas!",
        "Douglas Garcia passed the COHN-S exam this week! Douglas has been our employee "
        "health nurse for six years and runs the needlestick prevention program.\n",
    ),
    (
        "Questions",
        "Reminder: route mental health and HIV records to Privacy. Questions to David Bass, "
        "Chart Completion Coordinator.\n",
    ),
    (
        "Klinik",
        "Lekòl Hillcrest Middle School ap fè yon klinik vaksen gratis pou timoun yo 03/27/2026.\n",
    ),
    (
        "Lab notice",
        "Our laboratory will test all urine specimens for adulterants. Account managers: Paula "
        "Byrd, Mr. Andrew Flores.\n",
    ),
    ("Team", "Maria Lopez, Tom Hill and John Smith joined today, reported the asthma numbers.\n"),
    (
        "Marketing",
        "Hurt by a defective hip implant? Call the plaintiff attorney Jane Doe today.\n",
    ),
]

# Equipment and supplies delivered home (fresh45, 2026-11-25): a delivery ticket's "Deliver
# to:", a prosthetist's words, "is switching to" a formula, a delivery "at" an address,
# Spanish and French letters to the reader ("su tratamiento", "votre BPCO"); and the
# look-alikes: an award's winner, a sales rep's own cell phone, a move to a team, an order
# of paper.
HOME_EQUIPMENT_PHI = [
    (
        "Delivery ticket 58213",
        "DELIVERY TICKET #58213\nDeliver to: Nora Castle\nAddress: 412 Birch Lane\nPhone: "
        "926-555-0142\nItem: auto-titrating CPAP\nSet up and instructed: yes\n",
    ),
    (
        "Socket change - Nora Castle",
        "Her residual limb volume has dropped again. We will cast for a new transtibial "
        "socket on 05/22.\n",
    ),
    (
        "Formula change",
        "Per the dietitian, Paul Becker is switching to Jevity 1.5 at 60 mL/h by G-tube.\n",
    ),
    (
        "Visita",
        "Hola Suzanne:\n\nLa enfermera irá a su casa en 69 Crystal Causeway el 09/10 para "
        "revisar la bomba de su tratamiento (IV cefazolin 2 g).\n",
    ),
    (
        "Bed delivery",
        "Delivering a hospital bed and a Hoyer lift to Dana Price at 533 Andrews Vista "
        "tomorrow. She is bedbound with a spinal cord injury.\n",
    ),
    (
        "Livraison",
        "Bonjour M. Duncan,\n\nVotre concentrateur d'oxygène sera livré le 08/27 au 84 Turner "
        "Wells. Le technicien réglera le débit prescrit pour votre BPCO.\n",
    ),
]
HOME_EQUIPMENT_NOT_PHI = [
    (
        "Driver of the month: Lee Dean",
        "Congratulations to Lee Dean, who set up 63 oxygen concentrators this month.\n",
    ),
    (
        "FW: rep visit",
        "Anyone free?\n\n> I'd like to show your diabetes team our new CGM sensor. My cell is "
        "(557) 555-7895.\n> Christopher Powell\n",
    ),
    ("Moves", "Maria Lopez is switching to the diabetes education team in March.\n"),
    ("Order", "Ship to: Dana Price\nItem: printer paper, 10 reams\n"),
]

# Session 18 (fresh42 to fresh45 misses): whose chart a records request is for, a bracketed
# aside or a booking number after a name, an audiogram series, and home-care products.
ASIDES_SUPPLIES_PHI = [
    (
        "Incident write-up",
        "On 01/11 I processed an attorney request for Todd Wolfe. The authorization covered "
        "all records for a car accident. QA found the packet included notes from the "
        "addiction medicine clinic, where the patient is treated for opioid use disorder.\n",
    ),
    (
        "RTW clearance",
        "Craig Jones (the Emergency Department) called in positive for COVID-19 on 04/09. "
        "Cleared to return 04/16.\n\nStacey, RN\nEmployee Health\n",
    ),
    (
        "Annual audiograms - for review",
        "Please review the flagged ones.\n\nEmployee             ID       L 2k/3k/4k   "
        "R 2k/3k/4k   STS\nMelanie Gordon         E-961    20/35/50     15/25/40     L - yes\n"
        "Sarah Friedman        E-20417  10/10/15     10/15/15     no\n",
    ),
    (
        "Release Friday",
        "Billy Wilson (A418273) is expected to release Friday. Please send a 14-day bridge of "
        "lisinopril 20 mg to the pharmacy by his sister's place.\n",
    ),
    (
        "Sick call slips",
        '1) Peterson, Tammy  #250019472  pod D-09\n   "been throwing up since tuesday"\n'
        "   Triage: sick call tomorrow AM.\n",
    ),
    (
        "Your supply order has shipped",
        "Hi Denise,\n\nYour monthly ostomy order shipped today to 412 Birch Lane:\n  20 x "
        "drainable pouch\n  10 x barrier ring\n",
    ),
    (
        "Backorder",
        "Jeffrey Allen,\n\nThe enteral formula and gravity bags on your order 290780240 are "
        "backordered until 07/11.\n",
    ),
    (
        "Proof of delivery",
        "PROOF OF DELIVERY\nBeneficiary: Nicole Torres\nItem: E0630 (hydraulic patient lift)\n"
        "Received by: beneficiary\n",
    ),
    (
        "Visita",
        "Hola Theodore:\n\nLa enfermera irá a su casa el 01/09 para revisar la bomba de su "
        "tratamiento (milrinone continuous infusion).\n",
    ),
]
ASIDES_SUPPLIES_NOT_PHI = [
    (
        "Reminder",
        "The records request for Dana Price, our ROI coordinator, is closed. Reminder: "
        "addiction medicine notes need a Part 2 consent.\n",
    ),
    ("Talk", "Maria Lopez (Pharmacy) has a talk on insulin pens Friday at noon.\n"),
    (
        "Sale",
        "Ostomy supply sale: drainable pouches and barrier rings are 10% off this month. "
        "Questions: Dana Price, customer care.\n",
    ),
    ("Class", "Tom Hill (#4471223) will lead the CPAP mask fitting class for new RTs on Friday.\n"),
]

# Teeth, eyes and ears (fresh46) and reproductive and genetic care (fresh47): what a lab,
# a bank or a practice stores, tests or makes for one person, and their forms' labels; a
# delivery ticket's driver and a draft that says it holds no patient data are no patients.
TEETH_GENETICS_PHI = [
    (
        "Payment received - cryostorage",
        "Patient: Dana Price\nDescription: egg storage, 12 months\nAmount: $388.81\n",
    ),
    (
        "Your cord blood unit",
        "Dear Autumn Adams,\n\nYour family's cord blood collection from 08/06 was processed and "
        "stored.\n",
    ),
    (
        "Relationship testing results",
        "DNA RELATIONSHIP TEST REPORT\n\nAlleged father: Jack Lewis\n\nProbability of "
        "paternity: 99.99%\n",
    ),
    (
        "Legal paternity test for Kim Quinn - collection appointment",
        "Hello,\n\nYour collection is booked for 01/28.\n",
    ),
    (
        "Compte rendu",
        "J'ai reçu en consultation Madame Stephanie Robles, née le 31/03/1938, adressée pour "
        "une 22q11.2 deletion syndrome.\n",
    ),
    ("NIPT jieguo", "Kelly Maxwell nushi, nin hao.\nNin de NIPT jieguo yijing chulai le.\n"),
    (
        "Donor compensation",
        "Payroll,\n\nDonor: Amanda Le\nSSN: 307-45-9270\nShe had mild OHSS after the retrieval.\n",
    ),
    ("RILEY BALL #30 DO", "Done today, no issues.\n"),
    (
        "Resultados",
        "Estimados padres de Ava Lyons:\n\nLa higienista encontró caries en varios dientes.\n",
    ),
    ("Seu aparelho", "Olá Erica Harris,\n\nSeu aparelho auditivo chegou e já foi programado.\n"),
    ("text from patient", "hi its Tina Edwards. can i pay the rest for my crown over the phone?\n"),
    (
        "contacts",
        "hey its Maria Jackson, i need to reorder my contacts, Biofinity Toric -2.25 -1.25 x "
        "180, same as last yr.\n",
    ),
    (
        "Devis",
        "Madame Potts,\n\nSuite à votre consultation, voici le devis pour la couronne sur la "
        "dent 36.\n",
    ),
    ("Optical lab order", "PATIENT: VICTOR SMITH\nRX: OD -1.00 sph, OS -1.25 -0.25 x 175\n"),
]
TEETH_GENETICS_NOT_PHI = [
    (
        "LN2 delivery",
        "Delivery ticket INV-52276\nDelivered to: IVF lab loading dock\nDriver: Scott Underwood\n",
    ),
    (
        "Sample IVF calendar",
        "Day 2: baseline ultrasound and bloodwork\nDays 2-10: stimulation injections\n\nDraft "
        "for marketing review, no patient data. Owner: Jose Summers.\n",
    ),
    (
        "CDT reminder",
        "Bill D2392 for posterior composites, one surface. Questions to Dana Price, billing "
        "lead.\n",
    ),
    ("Brief", "The Crown's counsel, Maria Lopez, filed the brief on 03/11.\n"),
    (
        "Embryology QC",
        "Embryo culture media lot 4471 passed QC. Incubator checks by Tom Hill, embryologist.\n",
    ),
    ("Lens sale", "Contact lenses 20% off this month. Questions: Dana Price, optician.\n"),
]

# Care at a distance (fresh48) and military, veterans' and immigration medicals (fresh49):
# ranks and form fields that name a service member, a VA exam, monitoring devices; a
# portal's support lead and a test patient's null birth date are no patients.
DISTANCE_SERVICE_PHI = [
    (
        "Interval check",
        "SSgt Jackson,\nYou are 60 days overdue for your Periodic Health Assessment and your "
        "last audiogram showed a threshold shift.\nTSgt Blevins\n",
    ),
    (
        "PDHA review",
        "POST-DEPLOYMENT HEALTH ASSESSMENT\nNAME: RICHARD WILLIAMS\nUNIT: B Btry\nPC-PTSD-5 "
        "SCREEN: POSITIVE\n",
    ),
    (
        "Code sheet",
        "Veteran: Joshua Allen\nCombined evaluation: 80%\nTinnitus 10%\n",
    ),
    (
        "Dental readiness",
        "DENTAL READINESS EXAM\nSOLDIER: TSgt LANCE PATTERSON\nFINDINGS: caries #3, #19\n",
    ),
    (
        "Screening",
        "Veteran Charles Smith ((386) 555-9246) completed the screening on 11/24. Reports burn "
        "pit exposure at Balad.\n",
    ),
    (
        "Your VA examination",
        "Dear Scott Ward,\n\nWe have scheduled a C&P examination for your claim on 03/04.\n",
    ),
    (
        "Tanong",
        "Ako po si Julie Flores, ipinanganak noong 1968-09-17. May nakita po sa chest X-ray ko.\n",
    ),
    (
        "IMR delinquents",
        "Name                 | PHA     | Immunizations\nSPC Tim Barajas      | current | hep B "
        "#3 due\n",
    ),
    (
        "Hard fall detected for Paul Mclean",
        "Emergency services were called.\n",
    ),
    (
        "Weekly list",
        "Last, First | Device | Last reading\nShea, Erica | cellular blood pressure cuff | 03/01\n",
    ),
    (
        "sleep data",
        "Hi Dr. Roach,\n\nAs we discussed on the telephone visit, I exported 30 days from my "
        "app.\nJeffery Miller\n",
    ),
]
DISTANCE_SERVICE_NOT_PHI = [
    (
        "Interface spec",
        "Sample for validation, built from the test patient in our TST "
        "environment.\nPID|1||ZZTEST0001^^^MRN||PATIENT^TEST||19000101|U\n",
    ),
    (
        "Protocol updates",
        "Chest pain with shortness of breath is now 'call 911'.\nAndrew Davidson, patient "
        "portal support lead\n",
    ),
    (
        "Drill schedule",
        "SSG Lamb will run the range Saturday. SPC Tim Barajas leads the convoy brief.\n",
    ),
    (
        "Roster",
        "NAME: RICHARD WILLIAMS\nUNIT: B Btry\nDUTY: range safety officer\n",
    ),
]

# Session 19's blind splits and the misses left from fresh46 and fresh49: a first name with a
# birth date, a records release under an SSN, ranks and initials before a surname, Somali,
# Vietnamese, French, Korean and Mandarin (in Latin letters) self-introductions and
# relatives, a greeted parent told about a child by first name, a camp's log, a sports
# injury list; and their look-alikes (a cohort born after a date, a gift to a food pantry,
# a mobile unit's phone, a transport fleet's roster, a work order).
COMMUNITY_CAMPUS_PHI = [
    (
        "Re: my son's form",
        "so he only needs the Tdap and then you sign it? he is Mateo, born 04/12/2014, the one "
        "with the asthma.\n",
    ),
    (
        "Records release",
        "Authorization to release information\nPatient\nMaureen Jordan\nSSN\n728-77-0378\n"
        "Release to\nthe county service officer\n",
    ),
    ("Dental readiness", "SOLDIER: Cpl KATHRYN MARTINEZ\nFINDINGS: caries #3, #19\n"),
    ("SIQ 24h - 1LT Anderson, sick call", "Seen at the aid station at 0630.\n"),
    (
        "Travel pay",
        "Hi, this is Alfred Everett again. I drove to the VA on 03/01 for my outpatient "
        "psychotherapy, 8 sessions, and the travel claim was denied.\n",
    ),
    (
        "Nhắc lịch",
        "Kính gửi ông/bà Michael Robinson,\n\nPhòng khám mắt xin nhắc lịch tiêm thuốc vào mắt "
        "trái (Eylea) của ông/bà vào ngày 01/07.\n",
    ),
    (
        "Vision therapy update",
        "Hi Brad Taylor,\n\nA quick update on Chloe after 8 of 12 sessions for convergence "
        "insufficiency.\n",
    ),
    (
        "Manutenção",
        "Oi Brittany Brown, tudo bem? A manutenção do aparelho de Ethan ficou para 03/07.\n",
    ),
    ("Rating decision - Wood, William - cervical strain 100%", "The letter came in today.\n"),
    ("Mrs. Wilson (CHF) - meals on hold", "The vendor stopped the meals last week.\n"),
    ("211 call record", "CALLER: KAREN ROBBINS\nHEALTH: CALLER HAS COPD AND USES OXYGEN\n"),
    ("New referral", "Client\n\nPaul Gray\n\nHealth condition\n\nearly dementia\n"),
    (
        "Parish nurse log",
        "BP screening after the service, 11/19\n\nMichael Hayes - 182/110, no BP meds since "
        "March\n",
    ),
    (
        "Turjubaan",
        "Salaan,\nWaxaan ahay Dawn Sawyer. Hooyaday Samantha Caldwell waxay qabtaa sonkorow iyo "
        "dhiig kar.\n",
    ),
    (
        "Bữa ăn",
        "Chào chị,\nBố tôi là Laura Nichols, sinh ngày September 14, 1979. Ông bị suy thận.\n",
    ),
    ("Re: ride tomorrow", "Please tell the driver I use a walker now.\nRita Brown\n"),
    (
        "Rendez-vous",
        "Bonjour,\n\nJe m'appelle Rhonda Jackson. Je me suis tordu la cheville hier soir.\n",
    ),
    (
        "Concussion tracking",
        "Athlete | Sport | Injury date | Symptom score | Status\n"
        "Ashley Gibbs | lacrosse | 03/31 | 14/132 | Stage 5\n",
    ),
    ("ankle", "Tanya Ross rolled L ankle @ practice ~4pm. crutches NWB, xray ordered.\n"),
    ("Note: A.J. Romero, a high ankle sprain", "Brace for 2 weeks.\n"),
    ("Mark Petersen - no contact x 4 wks", "Monospot positive, spleen palpable.\n"),
    ("Health center log", "08:10 Shane Long (cabin Otter) - fluoxetine 20 mg given per form\n"),
    ("IMPACT POST-INJURY REPORT - CARL GREGORY", "TOTAL SYMPTOM SCORE: 22\n"),
    ("Liuxue", "Laoshi hao,\n\nWo shi Monica Cortez. Wo you yixing tangniaobing.\n"),
    (
        "Munui",
        "Annyeonghaseyo, jeoneun Andrea Scott-ui eomma Amber Jackson-imnida. Uri adeuri noe "
        "jintang jindan-eul badasseoyo.\n",
    ),
]
COMMUNITY_CAMPUS_NOT_PHI = [
    (
        "Tiêm ngừa miễn phí",
        "Tiêm ngừa cúm và COVID-19 miễn phí cho mọi người, 03/09, 10 am, 29400 Rachel Land.\n",
    ),
    (
        "Speaker bio",
        "Our keynote speaker, Sean Fletcher, was born 01/19/1973 in Chicago and leads research "
        "on HIV.\n",
    ),
    (
        "Tucker's teeth cleaning",
        "Hi Cynthia,\n\nCan you drop our cat Tucker at the vet on 08/29? It's the dental "
        "cleaning under anesthesia, so no breakfast for Tucker that morning.\n",
    ),
    ("RSV season", "Infants born 10/01/2025 or later qualify for nirsevimab against RSV.\n"),
    (
        "Staffing",
        "Hi Brad Taylor,\n\nUpdate on Chloe: she is presenting the diabetes prevention program "
        "at the board meeting on Friday.\n",
    ),
    (
        "Driver roster",
        "Driver            Vehicle   Type\nMelissa Bowman    WAV-12    wheelchair van\n"
        "Judith Matthews   STR-01    stretcher van\n",
    ),
    (
        "Thank you for your gift",
        "Dear Chase Dodson,\nThank you for your gift to the diabetes pantry. It buys 300 "
        "diabetes-friendly food boxes.\n",
    ),
    (
        "Health fair",
        "Free A1C checks at the mobile unit at 5th and Main. Contact: 355-555-0956.\n",
    ),
    ("Roster", "SOLDIER: 1LT JULIA BOWMAN\nUNIT: B Co\nDUTY: range officer\n"),
    (
        "Work orders",
        "WO 5512 is done: the MRI room door closer was replaced. Jane Smith, facilities\n",
    ),
    (
        "Team news",
        "Jordan Hayes was named captain. The asthma education session after practice is open "
        "to all.\n",
    ),
]

# Session 20 (fresh50 to fresh53 and older splits): a name split over two columns, a second
# verb of the name's sentence, a supporting phrase that cancels a negative inside it ("Dr.
# note", "PCA hours"), Russian, Arabic, German, Italian, Polish and Turkish cues, a chat's
# speaker, an airline record's passenger, travel medicine lifting a business topic; and the
# look-alikes each change must leave alone.
RESEARCH_TRAVEL_PHI = [
    (
        "camp_forms.csv",
        "camper_last,camper_first,cabin,allergies,meds\nRichard,Eric,Birch,bee stings,EpiPen\n",
    ),
    (
        "Insurance waiver",
        "International student Divya Johal (student ID H1188402) waived the school plan but went "
        "to the ER on 05/29/2026 for a stress fracture.\n",
    ),
    ("Cabin 4", "Joshua Smith wears an insulin pump, so he sits out the lake swim.\n"),
    ("Dr. note: S.P. Huber, a high ankle sprain", "Seen in training room clinic.\n"),
    ("Michelle Bauer - PCA hours cut after reassessment (post-stroke)", "Family is upset.\n"),
    ("Thomas Stone: такси на диализ не приехало", "Сегодня машина опять не приехала.\n"),
    ("Mario Rangel - hospital bed delivery", "Family wants it set up this week.\n"),
    ("Update", "Karen Lowe called back: Graves' disease, per her endocrinologist.\n"),
    (
        "mawe3id",
        "Marhaba doctora,\n\nana John Dixon, wasalt ma3 3ayilti min shahrein. Qalouli inn 3andi "
        "fa2r dam (anemia). Imta el-maw3ed el-jadeed?\n",
    ),
    (
        "UC callbacks",
        "1. Ramos, Sarah - has eczema, lead nurse aware. 2. Juan Bernal - no answer, LVM.\n",
    ),
    ("Pre-med", "Teresa Pacheco is on our schedule Thursday for sclerotherapy.\n"),
    (
        "Hygiene recall - overdue",
        "Overdue, please call:\n\nSTACY MCKEE\nLast visit: 05/04/2026\nMedical alert: long COVID\n",
    ),
    (
        "Fwd: Your visit summary",
        "AFTER VISIT SUMMARY for DEBRA MEJIA\nSeen by: Joshua Johnson\nDiagnoses addressed "
        "today: pink eye\n",
    ),
    (
        "Chat export",
        "[08:51] Blake Brown: is Alec Bird still on for C3D1 today?\n[08:53] Christian Simon: "
        "her week 9 CT scan is booked for Friday\n",
    ),
    ("Frage zur Studie", "mein Vater, John Williamson, hat a high fever since the infusion.\n"),
    ("Befund", "Sehr geehrte Frau Keller,\n\nyour biopsy results are ready.\n"),
    (
        "re-consent done",
        "Justin (DOB 05/22/2011) re-signed the consent at her end-of-treatment visit today.\n",
    ),
    ("Lab alert", "Participant: Brad Morris\nVisit: Week 52\nResult: QTcF 478 ms\n"),
    ("SDV", "paziente Alexander Shields, ALT 6x ULN non registrato in eCRF\n"),
    (
        "PNR Q9WTRB - SSR update",
        "1.BAUER/JUERGEN MR\n2 TG 921 Y 08/25 FCO HK1\n5 SSR MEDA YY HK1 MEDIF RCVD - COPD ON "
        "HOME O2\n",
    ),
    (
        "Visa medical - Mike Perez - TB follow-up",
        "Passport number on file: N38257218. Please give three sputum samples.\n",
    ),
    (
        "Istifsar",
        "Walidi Abdullah Al-Mansouri, umruhu 66 sana, indahu marad al-sukkari wa daght al-dam.\n",
    ),
    (
        "Operasyon tarihiniz",
        "Sayin Jack Stevenson,\n\ndental implants operasyonunuz 06/16/2026 tarihinde "
        "planlanmistir.\n",
    ),
    (
        "WhatsApp",
        "Babam Todd Hernandez tatilde hastaneye kaldirildi, doktorlar kalp krizi diyor.\n",
    ),
    (
        "Claim 13692 - decision",
        "Dear Mr. Hill,\n\nWe have reviewed your claim for treatment at Klinikum am Seepark on "
        "06/10/2026. The claim is declined.\n",
    ),
    (
        "Certificate",
        "CERTIFICATE OF VACCINATION\nName: Abdullah Al-Mansouri\nPassport: E68093744\nVaccine: "
        "meningococcal ACWY\nVaccinator: Rebecca Swanson\n",
    ),
    (
        "Chat export - sports med",
        "[10:42] Coach Pena: can Lisa Moore go in practice today?\n[10:44] Tanner Smith, LPC: "
        "no. still dizziness when standing up, she's on day 3 of the return-to-learn plan\n",
    ),
    ("Claim form - Jason Duran - hospital stay in Brazil", "Please send the receipts.\n"),
]

RESEARCH_TRAVEL_NOT_PHI = [
    ("Weekend shifts", "last,first,shift,unit\nMoore,Renee,day,4W\nRichard,Eric,night,5E\n"),
    (
        "Orientation",
        "Divya Johal (student ID H1188402) waived the school plan, and the clinic will still see "
        "students for a stress fracture.\n",
    ),
    ("Forms", "The Dr. note form for an ankle sprain is on the athletic training page.\n"),
    (
        "Staffing",
        "Michelle Bauer, PCA coordinator: office hours 9 to 5, stroke unit on Tuesdays.\n",
    ),
    ("Скрининг", "Бесплатная проверка на диабет в субботу, 10:00, для всех желающих.\n"),
    ("Bed board", "412 hospital beds staffed today. Questions to Mario Rangel, bed management.\n"),
    (
        "Arabic class",
        "Marhaba! ana John Dixon, el-mudarris. This week's lesson: how to say anemia and "
        "diabetes in Arabic.\n",
    ),
    (
        "Clinic news",
        "Sarah Ramos - seen at the eczema, asthma and allergy fair on Saturday, where she ran "
        "the booth.\n",
    ),
    ("Rota", "Teresa Pacheco is on the schedule Thursday for the sclerotherapy clinic.\n"),
    ("Eczema lead", "Meet Stacy McKee, our new eczema lead, at the staff lunch.\n"),
    (
        "Portal template",
        "AFTER VISIT SUMMARY template, reviewed by Joshua Johnson: the Diagnoses section now "
        "lists codes first.\n",
    ),
    (
        "Tagesordnung der Ethikkommission am 11/04/2026",
        "TOP 2: RTX-550-12 - Phase-III-Studie bei ulcerative colitis (Dr. Darren Bishop)\n",
    ),
    ("Fridge log", "Vaccine fridge check: PASS/FAIL for the rabies and JE stock, AND/OR both.\n"),
    (
        "Visa medicals",
        "Visa medical examinations are by appointment; bring your passport. Questions to Mike "
        "Perez, clinic manager.\n",
    ),
    ("Sayin", "Sayin Jack Stevenson,\n\nthe diabetes fair needs volunteers on Saturday.\n"),
    ("Huddle", "Vaccine stock (JE low, rabies OK), new yellow fever stamps. Lead: Layla Haddad.\n"),
    (
        "Biomed PM schedule",
        "Asset\tDevice\tSerial\tPM due\nBM-613173\thospital bed\tSN49578450\t07/29/2026\n",
    ),
    ("Crew", "Crew list: 1.SMITH/ANNA MS purser, 2.LEE/TOM MR first officer. Rabies talk at 9.\n"),
    (
        "Policy alert: Form I-693 validity",
        "A form signed by the civil surgeon must be submitted with the I-485. Applicants should "
        "note the updated COVID-19 vaccination guidance.\n\nEric Snyder, Partner\n",
    ),
    (
        "Mandatory OT - weekend",
        "Sat nights\nAndrew Reed (Medical escort)\nSun days\nGeoffrey Lee (Booking)\n",
    ),
    (
        "Length of stay",
        "The average hospital stay fell to 4.1 days this quarter. Jason Duran, analytics\n",
    ),
]

_PHI_CASES = (
    PHI
    + SHAPES_PHI
    + OPERATIONS_PHI
    + FAMILIES_PHI
    + END_OF_LIFE_PHI
    + NOTES_PHI
    + CANCER_SURGERY_PHI
    + RECORD_ID_PHI
    + LOOKALIKE_PHI
    + BOOKING_BILLING_PHI
    + EMERGENCY_PUBLIC_HEALTH_PHI
    + POST_ACUTE_LAB_PHI
    + INSTITUTIONS_WORK_PHI
    + CUSTODY_ROWS_PHI
    + OCC_HEALTH_PHI
    + LISTS_ROWS_PHI
    + RECORDS_PHI
    + HOME_EQUIPMENT_PHI
    + ASIDES_SUPPLIES_PHI
    + TEETH_GENETICS_PHI
    + DISTANCE_SERVICE_PHI
    + COMMUNITY_CAMPUS_PHI
    + RESEARCH_TRAVEL_PHI
)
_NOT_PHI_CASES = (
    NOT_PHI
    + SHAPES_NOT_PHI
    + OPERATIONS_NOT_PHI
    + FAMILIES_NOT_PHI
    + END_OF_LIFE_NOT_PHI
    + NOTES_NOT_PHI
    + CANCER_SURGERY_NOT_PHI
    + RECORD_ID_NOT_PHI
    + LOOKALIKE_NOT_PHI
    + BOOKING_BILLING_NOT_PHI
    + EMERGENCY_PUBLIC_HEALTH_NOT_PHI
    + POST_ACUTE_LAB_NOT_PHI
    + INSTITUTIONS_WORK_NOT_PHI
    + CUSTODY_ROWS_NOT_PHI
    + OCC_HEALTH_NOT_PHI
    + LISTS_ROWS_NOT_PHI
    + RECORDS_NOT_PHI
    + HOME_EQUIPMENT_NOT_PHI
    + ASIDES_SUPPLIES_NOT_PHI
    + TEETH_GENETICS_NOT_PHI
    + DISTANCE_SERVICE_NOT_PHI
    + COMMUNITY_CAMPUS_NOT_PHI
    + RESEARCH_TRAVEL_NOT_PHI
)
CASES = [(*c, True) for c in _PHI_CASES] + [(*c, False) for c in _NOT_PHI_CASES]


@pytest.mark.parametrize(("subject", "body", "phi"), CASES)
def test_verdict_and_its_counterpart(
    eng: DetectorEngine,
    verdict: Callable[[DetectorEngine, str, str], bool],
    subject: str,
    body: str,
    phi: bool,
) -> None:
    assert verdict(eng, subject, body) is phi


@pytest.mark.parametrize(
    "text",
    ["carrier status for", "two copies of the APOE e4 variant", "a pathogenic BRCA2 variant"],
)
def test_genetic_findings_are_health_information(eng: DetectorEngine, text: str) -> None:
    assert any(h.detector == "genetic_finding" for h in eng.scan_text(f"Results: {text}."))


@pytest.mark.parametrize(
    ("text", "found"),
    [("Tay-Sachs disease", True), ("Sjogren's syndrome", True), ("the disease", False)],
)
def test_conditions_named_after_people(eng: DetectorEngine, text: str, found: bool) -> None:
    hits = [h for h in eng.scan_text(f"Known {text} here.") if h.detector == "condition_eponym"]
    assert bool(hits) is found

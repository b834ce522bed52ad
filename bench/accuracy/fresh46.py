"""Held-out split "fresh46": templates and vocabulary, as pure data.

Written on 2026-11-25 by a helper session (Claude) started by the phi-gateway development
session, without seeing the detector. The author read only bench/accuracy/generate.py (in
full; in one of the two prints about 120 lines of the fresh4 templates were cut from the tool
output), bench/accuracy/fresh6.py (in full), bench/accuracy/fresh7.py (in full) and the module
docstring of bench/accuracy/fresh45.py (its first 78 lines were printed; read as a model of
this docstring, the data format and the labelling rules, not for its templates or
vocabulary), for the placeholder names, the data format, and so as not to repeat their
templates. The file names in bench/accuracy/ and at the top of the repository were listed
once (with the line counts of generate.py, fresh6.py and fresh7.py), and the [tool.ruff],
[tool.ruff.lint] and [tool.ruff.lint.per-file-ignores] sections of pyproject.toml were read
(the print also showed the [tool.mypy] lines that follow them), for the line length and lint
rules. The author did not read gateway/, policies/, docs/, tests/, README.md,
bench/accuracy/vocab/, run.py or any other bench/accuracy/fresh*.py file, and did not run
git, the detector, run.py, the benchmark or any test. The only things run were `date`,
Python's ast module over generate.py (without executing it) to collect the placeholder names
that generate.fill() and generate.fresh_fill() provide, a script in /tmp/fresh46/ that wrote
this file from the author's scratch data (string formatting only), imports of this file with
a small script checking its placeholders, key sets, labels, Subject placeholders and the Luhn
failure of the card-like numbers in the negatives, and ruff format and ruff check on this
file. It is meant to be run once, as an honest, untuned measurement: do not tune the detector
on these templates.

Angle: teeth, eyes and ears. Mail from and to dental offices and DSOs, dental labs (crown,
bridge and denture cases that name the patient), oral and maxillofacial surgeons and their
referral letters, endodontists and periodontists, orthodontic treatment coordinators,
dental and vision insurers (pre-treatment estimates, claims, EOBs, frequency limits),
optometrists and ophthalmology practices (eye exams, cataract and refractive surgery,
retina injections, glaucoma), optical shops and labs (glasses and contact lens orders,
prescription verification), audiologists and hearing-aid dispensers (audiograms, fittings,
cochlear implants), school vision and dental screening programmes, teledentistry, and
patients and their families writing back. Shapes vary: forms with "Label: value" fields,
ALL-CAPS practice-management printouts, tooth-number charts (#3 MOD, #14, #30 DO), pasted
tables, forwarded threads with "> " quoting, terse notes with typos, text-message style,
long letters, lab slips, Spanish, Vietnamese, French and Portuguese. The hard negatives come
from the same world: fee schedules and price lists, membership plans, hygiene-recall
marketing to all patients with no name, CDT code lists, sterilisation and waterline logs,
supply orders and invoices, lab manifests with case numbers but no patient, chair schedules
and rosters without patients, equipment service tickets and calibration certificates, CE
course announcements naming conditions, aggregate screening and practice statistics, letter
templates and call scripts with bracketed fields, coding reminders with literal ICD-10 and
CDT codes and no patient, payer bulletins, signatures with NPI and phone/fax, tracking and
invoice numbers, and card-like numbers that fail the Luhn check.

This file's own placeholders (FRESH46_VOCAB): {tooth46} {dentdx46} {dentproc46}
{dentmed46} {lab46} {ortho46} {eyedx46} {eyeproc46} {eyerx46} {cl46} {va46} {eyemed46}
{hear46} {aid46} {kid46} (a child's first name) and {init46} (a patient's initials) for the
patient templates; {school46} {dplan46} {vplan46} {cdt46} {lens46} {frame46} used in both
groups (in negatives they name a school, a payer, a billing code or a product, never a
person's health); {supply46} {equip46} {course46} {role46} for the negatives. Other
placeholders come from generate.fill() and generate.fresh_fill().

Each template is a dict: subject, body, phi, subject_phi, validated.

Labelling rules. phi is True when an identifiable individual patient (full name; title plus
surname; first name plus a date of birth, a named relative, an address or a phone; MRN,
member ID, SSN or MBI; the patient's own phone, email or address) is linked to health
information (condition, symptom, finding, measurement, test result, medication, device,
procedure, injury, visit or appointment for care, payment for care). For this split a tooth
treated, a crown, denture, implant, aligner, eyeglass or contact-lens prescription, or a
hearing aid made for, fitted on or billed for a named person is health information: a lab
slip naming the patient of a zirconia crown, or a pickup notice for a named person's
glasses, is PHI. A child named by first name and surname, or by first name next to a named
parent, is identifiable. A dentist, hygienist, lab technician, optician, audiologist,
surgery scheduler or front-desk clerk named as staff is not a patient. subject_phi is True
only when the Subject alone identifies a patient together with health information (a tooth,
a crown, glasses or a hearing-aid fitting counts), or holds a patient identifier (MRN, MBI)
in a care context; initials plus a date of birth with a procedure count. PHI templates
whose Subject is not PHI carry no person's name in the Subject at all (only case, job,
order, claim or invoice numbers and dates). validated is True exactly when {card}, {icd},
{mbi} or {ssn} appears in the Subject or body. Negatives never use {mrn}, {mrn2}, {member},
{dob}, {ssn}, {card}, {icd}, {mbi}, {passport} or {intl_name}, never use {address} at all
(so never pair a home address with care), and name only staff, dentists or doctors as
staff, vendors, payers or nobody, or give aggregate figures; the card-like numbers written
literally in them fail the Luhn check. Anything ambiguous (a Subject with a name and a date
of birth but no care, a child's first name alone with a screening result, a manifest line
with a tooth number and a doctor but no patient) was either left out or written so that no
person is identifiable.
"""

from __future__ import annotations

FRESH46_VOCAB: dict[str, list[str]] = {
    "tooth46": [
        "#3 MOD composite",
        "#14 DO composite",
        "#30 zirconia crown",
        "#19 root canal and buildup",
        "#8 implant crown",
        "#29 MO and #30 DO fillings",
        "#2 crown and buildup",
        "#12 and #13 occlusal fillings",
        "bridge #3-#5",
        "#18 onlay",
        "#24 and #25 bonding",
        "#31 DO composite",
    ],
    "dentdx46": [
        "irreversible pulpitis on #30",
        "impacted lower wisdom teeth",
        "a cracked cusp on #14",
        "generalized moderate periodontitis",
        "recurrent decay under the old crown on #3",
        "peri-implantitis around the #19 implant",
        "a Class II malocclusion with a deep bite",
        "TMJ disc displacement with clicking",
        "bruxism with heavy wear on the front teeth",
        "a fractured upper front tooth",
        "a non-restorable #31 with a large abscess",
        "severe bone loss in the lower front",
    ],
    "dentproc46": [
        "surgical removal of all four wisdom teeth under IV sedation",
        "an implant placement with bone graft at #19",
        "a sinus lift on the upper left",
        "a gum graft on #24 and #25",
        "extraction of #31 with socket preservation",
        "an apicoectomy on #8",
        "osseous surgery on the lower right",
        "full-arch implant surgery (all-on-4), upper",
        "a frenectomy",
        "extraction of #1 and #16",
    ],
    "dentmed46": [
        "amoxicillin 500 mg, three times a day for 7 days",
        "clindamycin 300 mg",
        "ibuprofen 600 mg every 6 hours",
        "hydrocodone/acetaminophen 5/325",
        "chlorhexidine 0.12% rinse twice daily",
        "Peridex rinse",
        "penicillin VK 500 mg",
        "PreviDent 5000 toothpaste",
        "Medrol Dosepak",
    ],
    "lab46": [
        "zirconia crown #30, shade A2",
        "PFM bridge #3-#5, shade B1",
        "upper complete denture, tooth shade A3",
        "lower cast partial denture",
        "hard upper night guard",
        "custom abutment and screw-retained crown #19",
        "immediate upper denture",
        "e.max veneers #7-#10, shade BL2",
        "Essix retainers, upper and lower",
        "implant-retained lower overdenture on locators",
        "full-contour zirconia crown #14, shade A3",
    ],
    "ortho46": [
        "Invisalign, 32 upper and 28 lower aligners",
        "upper and lower metal braces",
        "clear ceramic braces, upper only",
        "a rapid palatal expander followed by braces",
        "Phase I treatment with a Herbst appliance",
        "clear aligners with refinements",
        "braces with elastics for a crossbite",
    ],
    "eyedx46": [
        "primary open-angle glaucoma, both eyes",
        "wet macular degeneration in the left eye",
        "diabetic macular edema in the right eye",
        "a visually significant cataract in the right eye",
        "keratoconus",
        "a retinal tear in the left eye",
        "severe dry eye",
        "amblyopia of the left eye",
        "a branch retinal vein occlusion, right eye",
        "ocular hypertension",
        "Fuchs dystrophy",
        "a posterior vitreous detachment",
    ],
    "eyeproc46": [
        "cataract surgery with a toric lens, right eye",
        "cataract surgery, left eye",
        "LASIK, both eyes",
        "PRK, both eyes",
        "SLT laser, right eye",
        "YAG capsulotomy, left eye",
        "corneal cross-linking, right eye",
        "pars plana vitrectomy, left eye",
        "laser retinopexy, left eye",
        "upper eyelid blepharoplasty",
        "iStent with cataract surgery, left eye",
    ],
    "eyerx46": [
        "OD -2.25 -0.75 x 180, OS -2.50 -0.50 x 170",
        "OD +1.25 sph, OS +1.50 -0.25 x 090, add +2.25",
        "OD -5.75 -1.25 x 010, OS -6.00 -1.00 x 165",
        "OD plano -0.50 x 085, OS -0.25 sph, add +1.75",
        "OD +3.50 -0.75 x 095, OS +3.25 -1.00 x 080, add +2.50",
        "OD -1.00 sph, OS -1.25 -0.25 x 175",
    ],
    "cl46": [
        "Acuvue Oasys 8.4 / -3.25 both eyes",
        "Dailies Total1 -1.75 right, -2.00 left",
        "Biofinity Toric -2.25 -1.25 x 180 both eyes",
        "Precision1 -4.50 right, -4.75 left",
        "Acuvue Oasys for Astigmatism -1.50 -0.75 x 010",
        "Biofinity Multifocal -2.00 D add, both eyes",
        "MyDay daily -0.75 right, -1.00 left",
    ],
    "va46": [
        "VA cc 20/70 OD, 20/25 OS; IOP 27 / 24 mmHg",
        "VA cc 20/20 OU; IOP 23 / 25 mmHg",
        "IOP 31 mmHg OD, 22 OS; cup-to-disc 0.8 OD, 0.5 OS",
        "VA 20/400 OS; central subfield thickness 412 microns OS",
        "VA cc 20/40 OD, 20/30 OS; 2+ nuclear sclerosis OU",
        "VA sc 20/200 OU, cc 20/20 OU; IOP 15 / 16 mmHg",
    ],
    "eyemed46": [
        "latanoprost 0.005% one drop both eyes at bedtime",
        "timolol 0.5% drops twice daily",
        "Combigan drops twice daily",
        "Rhopressa one drop at bedtime",
        "dorzolamide-timolol drops twice daily",
        "Vyzulta at bedtime",
    ],
    "hear46": [
        "a moderate sensorineural hearing loss in both ears",
        "a sloping high-frequency hearing loss in both ears",
        "a severe-to-profound hearing loss in both ears",
        "a conductive hearing loss in the left ear",
        "single-sided deafness in the right ear",
        "a noise-induced hearing loss with tinnitus",
        "a mild-to-moderate mixed hearing loss",
    ],
    "aid46": [
        "Phonak Audeo Lumity 90 hearing aids, both ears",
        "Oticon Intent 1 hearing aids, both ears",
        "a Starkey Genesis AI hearing aid, left ear",
        "a Cochlear Nucleus 8 sound processor",
        "a Phonak CROS system",
        "Signia Pure Charge&Go hearing aids, both ears",
        "custom in-the-canal hearing aids",
        "a ReSound Nexia hearing aid, right ear",
    ],
    "kid46": [
        "Sofia",
        "Mateo",
        "Ava",
        "Noah",
        "Isabella",
        "Ethan",
        "Mia",
        "Lucas",
        "Chloe",
        "Daniel",
        "Emma",
        "Aiden",
        "Harper",
        "Khanh",
    ],
    "init46": [
        "J.R.",
        "M.T.",
        "A.K.",
        "D.L.",
        "S.P.",
        "R.W.",
        "E.N.",
        "C.H.",
        "B.V.",
        "L.M.",
    ],
    "school46": [
        "Lincoln Elementary",
        "Roosevelt Middle School",
        "Maple Grove Elementary",
        "Cesar Chavez Elementary",
        "Jefferson Middle School",
        "Oak Park Elementary",
    ],
    "dplan46": [
        "Delta Dental PPO",
        "MetLife PDP Plus",
        "Guardian DentalGuard Preferred",
        "Cigna Dental PPO",
        "United Concordia",
        "Humana Dental",
        "Aetna Dental PPO",
    ],
    "vplan46": [
        "VSP Choice",
        "EyeMed Insight",
        "Davis Vision",
        "Spectera",
        "VSP Signature",
    ],
    "cdt46": [
        "D2740 crown, porcelain/ceramic",
        "D4341 scaling and root planing, 4+ teeth per quadrant",
        "D7240 removal of impacted tooth, completely bony",
        "D3330 endodontic therapy, molar",
        "D6010 surgical placement of implant body",
        "D2950 core buildup",
        "D5110 complete denture, maxillary",
        "D8090 comprehensive orthodontic treatment, adult",
        "D2393 resin composite, three surfaces, posterior",
    ],
    "lens46": [
        "progressive, 1.67 high index, AR coating",
        "single vision polycarbonate, Transitions",
        "lined bifocal FT-28, scratch coat",
        "progressive, polycarbonate, blue-light AR",
        "single vision 1.60, AR coating",
        "computer/office lens, AR coating",
    ],
    "frame46": [
        "Ray-Ban RX5154 49-21",
        "Oakley Pitchman OX8050 55",
        "Silhouette rimless 5529",
        "Lindberg Strip 9704",
        "Flexon E1017 52",
        "Nike 7280 51",
        "Tom Ford FT5401 52",
    ],
    "supply46": [
        "Cavitron 30K inserts",
        "disposable prophy angles, box of 500",
        "universal composite, A2 syringes",
        "heavy-body impression material, 2 cartridges",
        "nitrile gloves, size S, 10 boxes",
        "surface disinfectant wipes, 160 ct",
        "sterilization pouches 3.5 x 10 in, 200 ct",
        "fluoride varnish 0.4 mL unit doses, 200 ct",
        "bite registration material",
        "HVE tips, 100 ct",
    ],
    "equip46": [
        "Statim 5000 autoclave",
        "dental chair in op 3",
        "intraoral scanner",
        "panoramic X-ray unit",
        "air compressor",
        "dry vacuum pump",
        "autorefractor",
        "OCT machine",
        "slit lamp in exam 2",
        "audiometer",
        "lensometer",
        "edger in the optical lab",
    ],
    "course46": [
        "Managing peri-implantitis",
        "Medical emergencies in the dental office",
        "Glaucoma update for optometrists",
        "Pediatric hearing loss: early identification",
        "Oral cancer screening for the general practice",
        "Myopia control in children",
        "Oral appliances for obstructive sleep apnea",
        "Medication-related osteonecrosis of the jaw",
        "Dry eye disease: diagnosis and in-office treatment",
    ],
    "role46": [
        "hygienist",
        "dental assistant",
        "treatment coordinator",
        "optician",
        "ophthalmic technician",
        "audiologist",
        "front desk coordinator",
        "sterilization tech",
    ],
}


FRESH46_PHI: list[dict] = [
    {
        "subject": "Treatment plan and estimate",
        "body": (
            "TREATMENT PLAN\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Insurance: {dplan46}, ID {member}\n"
            "Provider: Dr. {provider}, DDS\n"
            "\n"
            "Phase 1 (urgent)\n"
            "  {tooth46}\n"
            "  {cdt46}\n"
            "Phase 2\n"
            "  Periodontal maintenance every 3 months\n"
            "\n"
            "Est. insurance: {amount}\n"
            "Est. patient portion: {amount2}\n"
            "Plan presented by the treatment coordinator; patient would like to start after "
            "{date}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Crown seat #14 - {last}, {first}",
        "body": (
            "Lab case is back but the distal margin is open and the shade is a full step too "
            "light next to #13. I sent it back with new photos, so her seat on {date} has to "
            "move to the week after. Can the front call her at {phone}? Temp is holding.\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Lab Rx - case {code}",
        "body": (
            "DENTAL LABORATORY PRESCRIPTION\n"
            "Doctor: {provider}, DDS   NPI {npi}\n"
            "Patient: {upper_name}   Age: {age}   Sex: F\n"
            "Case #: {code}\n"
            "Restoration: {lab46}\n"
            "Impression: digital scan, uploaded {date}\n"
            "Opposing: full arch scan\n"
            "Return by: {date2}\n"
            "Notes: heavy bite, please keep occlusal contacts light; stump shade photo attached.\n"
            "Doctor signature: ______________\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Case {code} - {upper_name} - {lab46}",
        "body": (
            "Shipped back to the office today, tracking {tracking}. Try-in adjustments made as "
            "marked on the slip. Please return the bite if you need a second try-in.\n"
            "-- {company} Dental Lab, case desk\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Referral for oral surgery consult",
        "body": (
            "Dear Dr. {provider_last},\n"
            "\n"
            "I am referring {name} (DOB {dob}, cell {phone}) for evaluation of {dentdx46}. The "
            "pano from {date} is attached. Medical history is notable for {condition}; current "
            "medications include {med}. The patient is quite anxious and asked about IV sedation.\n"
            "\n"
            "Thank you for seeing {first},\n"
            "{name2}, DMD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: your referral of {name} - {dentproc46}",
        "body": (
            "Dear Doctor,\n"
            "\n"
            "Thank you for referring this pleasant patient. We completed the procedure on "
            "{date} without complications. Post-op: {dentmed46}, soft diet for one week. We "
            "will see the patient again in 10 days; please resume routine care in 6 to 8 weeks.\n"
            "\n"
            "Sincerely,\n"
            "{provider}, DDS, MD\n"
            "Oral & Maxillofacial Surgery\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Orthodontic financial agreement",
        "body": (
            "ORTHODONTIC FINANCIAL AGREEMENT\n"
            "Patient: {kid46} {last}\n"
            "Responsible party: {name}\n"
            "Phone: {phone}\n"
            "Treatment: {ortho46}\n"
            "Estimated length: 18-24 months\n"
            "Total fee: {amount}\n"
            "Insurance lifetime ortho maximum applied: $1,500.00\n"
            "Down payment: {amount2}, charged to card {card}\n"
            "Remaining balance: 22 monthly payments, auto-debit on the 15th\n"
            "\n"
            "Signed electronically {date}. Treatment coordinator: {provider_first}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Perio charting - MRN {mrn}",
        "body": (
            "Periodontal charting {date} (hygienist: {provider_first})\n"
            "\n"
            "Tooth   Facial PD   Lingual PD   BOP   Mobility\n"
            "#2      4 5 6       5 4 5        Y     0\n"
            "#3      5 6 5       4 4 6        Y     1\n"
            "#14     3 4 4       4 5 4        N     0\n"
            "#18     6 7 5       5 6 6        Y     1\n"
            "#31     4 4 5       5 5 4        Y     0\n"
            "\n"
            "Dx: generalized stage III grade B periodontitis. Recommend SRP 4 quads, re-eval "
            "in 6 weeks. Smoker, 1 ppd, advised to quit.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Pre-treatment estimate {claim}",
        "body": (
            "{dplan46}\n"
            "PRE-TREATMENT ESTIMATE\n"
            "\n"
            "Subscriber: {name}\n"
            "Member ID: {member}\n"
            "Patient: Self\n"
            "Dentist: {provider}, DDS\n"
            "\n"
            "Proc     Tooth   Submitted   Allowed   Plan pays\n"
            "D2740    #30     $1,350.00   $985.00   $492.50\n"
            "D2950    #30     $325.00     $210.00   $105.00\n"
            "\n"
            "This estimate is not a guarantee of payment. Crowns on the same tooth are limited "
            "to one every 5 years; the last crown on #30 was paid in {year}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EXPLANATION OF BENEFITS - CLAIM {claim}",
        "body": (
            "{dplan46}\n"
            "EXPLANATION OF BENEFITS      THIS IS NOT A BILL\n"
            "\n"
            "PATIENT: {upper_name}\n"
            "MEMBER ID: {member}\n"
            "PROVIDER: {provider}\n"
            "DATE OF SERVICE: {date}\n"
            "\n"
            "CODE   TOOTH  DESCRIPTION                 BILLED    PAID\n"
            "D0120         PERIODIC ORAL EVAL          $65.00    $65.00\n"
            "D1110         PROPHYLAXIS ADULT           $110.00   $110.00\n"
            "D0274         BITEWINGS FOUR FILMS        $85.00    $0.00 (N7)\n"
            "D2392  19     RESIN TWO SURF POSTERIOR    $240.00   $144.00\n"
            "\n"
            "N7 - BITEWINGS ARE LIMITED TO ONCE PER 12 MONTHS.\n"
            "PATIENT RESPONSIBILITY: {amount2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Denied: frequency limitation",
        "body": (
            "Hi {provider_first},\n"
            "\n"
            "The fluoride and the second cleaning for {name} (member {member}) both came back "
            "denied. Her plan only covers D1110 twice per calendar year and she already had "
            "two at her old office. Do you want me to bill her the {amount2} or write it off? "
            "She is on the schedule again on {date}.\n"
            "\n"
            "Thanks,\n"
            "Insurance coordinator\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Medical cross-coding for biopsy",
        "body": (
            "Billing this one to medical.\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Medical plan: {company} PPO, ID {member}\n"
            "DOS: {date}\n"
            "CPT 41100 biopsy of tongue, anterior two-thirds\n"
            "Dx: {icd}\n"
            "Path report attached. Please send it with the op note.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "text from patient",
        "body": (
            "[SMS from {phone}, forwarded from the text inbox]\n"
            "\n"
            "hi its {first} {last}. can i just pay the rest for my crown over the phone?? card "
            "is {card} exp 11/28, i can give u the code on the back. also the temp fell off "
            "again lol\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Re: Time for your checkup!",
        "body": (
            "Hi, I can't make it that day. The {tooth46} you did last month has been really "
            "sensitive to cold and now it hurts when I bite down. Can I see the dentist "
            "instead of just a cleaning?\n"
            "\n"
            "{name}\n"
            "{phone}\n"
            "\n"
            "> Hi {first},\n"
            "> Our records show you are due for your 6-month cleaning and X-rays.\n"
            "> We have you down for {date} at {time} with {provider_first}.\n"
            "> Reply C to confirm.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your periodontal maintenance is overdue",
        "body": (
            "Dear {name},\n"
            "\n"
            "Our records show that your last periodontal maintenance visit was on {date}. "
            "Because you were treated for gum disease with scaling and root planing, Dr. "
            "{provider_last} recommends a visit every 3 months to keep it under control, and "
            "it has now been more than 5 months.\n"
            "\n"
            "Please call us at {phone} or book online.\n"
            "\n"
            "{provider_last} Dental Group\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "EMERGENCY APPT NOTE",
        "body": (
            "*** CLINICAL NOTE ***          PRINTED {date} {time}\n"
            "PATIENT: {upper_name}          CHART#: {mrn}\n"
            "PROVIDER: DR {provider_last}\n"
            "CC: PT STATES SWELLING LOWER LEFT X 2 DAYS, CAN'T SLEEP\n"
            "FINDINGS: #19 PERCUSSION ++, BUCCAL SWELLING, PA SHOWS LARGE RADIOLUCENCY\n"
            "DX: SYMPTOMATIC APICAL PERIODONTITIS / ACUTE ABSCESS #19\n"
            "TX: I&D, RX {dentmed46}\n"
            "NEXT: RCT #19 WITH ENDO, PT TO CALL\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{last}, {first_only} - dry socket?",
        "body": (
            "Called at lunch: pain 8/10 lower left, three days after the extraction, and the "
            "ibuprofen isn't touching it. Can we squeeze her in at 3:40 for a dressing? Cell "
            "{phone}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "OR day {date} - pedo cases",
        "body": (
            "Final list for the surgery center:\n"
            "\n"
            "7:30   {kid46} {last}, age 4 - stainless steel crowns x4, pulpotomy K, ext E and F\n"
            "9:15   {name2}, age 5 - full mouth rehab, 8 SSCs\n"
            "11:00  {intl_name}, age 3 - early childhood caries, extractions and composites\n"
            "\n"
            "All three NPO after midnight; pre-op H&P on file. Parents to arrive one hour early.\n"
            "{provider_first}, surgery scheduler\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Teledentistry visit summary",
        "body": (
            "Virtual visit (video), {date} {time}\n"
            "Patient: {name}\n"
            "Callback: {phone}\n"
            "Location: home\n"
            "\n"
            "Patient sent photos of the upper left. Gum swollen around #14, broken filling, no "
            "fever, no trouble swallowing. Impression: likely periapical abscess #14. Rx "
            "{dentmed46} sent to the pharmacy. In-office visit booked for {date2}.\n"
            "\n"
            "Provider: {provider}, DDS\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recordatorio de su cita dental",
        "body": (
            "Estimado/a {name}:\n"
            "\n"
            "Le recordamos su cita el {date} a las {time} con el Dr. {provider_last} para la "
            "extracción de la muela del juicio (#32) y la limpieza profunda del lado "
            "izquierdo. Como usará sedación, no coma nada 6 horas antes y venga acompañado de "
            "un adulto que pueda manejar.\n"
            "\n"
            "Si necesita cambiar la cita, llame al {phone}.\n"
            "\n"
            "Clínica Dental {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Hàm giả của mẹ tôi bị đau",
        "body": (
            "Chào bác sĩ {provider_last},\n"
            "\n"
            "Mẹ tôi là {intl_name}, năm nay {age} tuổi. Bà mới lắp hàm giả hàm trên ở phòng "
            "khám ngày {date}. Từ hôm đó bà bị đau lợi bên trái, ăn không được và phải tháo "
            "hàm ra. Bác sĩ có thể hẹn bà vào chỉnh lại hàm được không ạ? Số điện thoại của "
            "tôi là {phone}.\n"
            "\n"
            "Cảm ơn bác sĩ,\n"
            "{name2}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Compte rendu opératoire - cataracte OD",
        "body": (
            "Patient(e) : {name}\n"
            "Né(e) le : {dob}\n"
            "Date de l'intervention : {date}\n"
            "Chirurgien : Dr {provider}\n"
            "\n"
            "Phacoémulsification de l'œil droit avec implant torique, sans complication. "
            "Acuité visuelle à J1 : 6/10. Traitement : collyre Tobradex 4 fois par jour "
            "pendant 2 semaines, coque la nuit. Contrôle dans un mois.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Seu aparelho auditivo está pronto",
        "body": (
            "Olá {name},\n"
            "\n"
            "Seu aparelho auditivo ({aid46}) chegou e já foi programado de acordo com a sua "
            "audiometria de {date}. A adaptação está marcada para {date2} às {time} com a "
            "fonoaudióloga {provider_first}. Traga os óculos que usa no dia a dia e, se "
            "possível, um familiar.\n"
            "\n"
            "Qualquer dúvida: {phone}.\n"
            "Centro Auditivo {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Comprehensive eye exam summary",
        "body": (
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Exam date: {date}\n"
            "Examiner: Dr. {provider}, OD\n"
            "\n"
            "Findings: {va46}\n"
            "Assessment: {eyedx46}\n"
            "Plan: {eyemed46}; visual field and OCT in 3 months\n"
            "Glasses Rx released: {eyerx46}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Job {order} - lab order",
        "body": (
            "OPTICAL LAB ORDER\n"
            "ACCOUNT: {provider_last} EYE CARE  #{ext}\n"
            "PATIENT: {upper_name}\n"
            "RX: {eyerx46}\n"
            "PD: 31.5 / 32.0   SEG HT: 18\n"
            "LENS: {lens46}\n"
            "FRAME: {frame46}, frame to follow\n"
            "SPECIAL INSTR: pt returned last pair, remake at no charge\n"
            "DUE: {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - glasses ready for pickup",
        "body": (
            "Hi, your new glasses are in and have been checked against your prescription "
            "({eyerx46}). Pickup hours are 10 to 6 on weekdays; plan on 15 minutes so the "
            "optician can fit them. Your balance after vision insurance is {amount2}.\n"
            "{company} Optical\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "contacts",
        "body": (
            "hey its {first} {last}, i need to reorder my contacts, {cl46}, same as last yr. "
            "can u ship them to my house? my cell is {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Contact lens prescription verification request",
        "body": (
            "Under the Fairness to Contact Lens Consumers Act we are requesting verification "
            "of the prescription below. If we do not hear from you within 8 business hours, "
            "the prescription will be treated as verified.\n"
            "\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Address: {address}\n"
            "Lens: {cl46}\n"
            "Quantity: 1-year supply\n"
            "Prescriber: Dr. {provider}\n"
            "\n"
            "Reply to this email or fax {phone}.\n"
            "{company} Contacts Online\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Cataract surgery OD - {last}, {first} - {date}",
        "body": (
            "Biometry done, we picked the toric lens, 20.5 D. Pre-op drops sent to the "
            "pharmacy. Still needs medical clearance from her PCP. Husband is driving.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Injection clinic list {date}",
        "body": (
            "Injection clinic {date} - Dr. {provider_last}\n"
            "\n"
            "Time   Patient            MRN        Eye  Drug        Dx\n"
            "8:40   {last}, {first}    {mrn}   OS   Eylea 2 mg  wet AMD\n"
            "9:20   {name2}            {mrn2}   OD   Vabysmo     DME\n"
            "9:40   {intl_name}        new        OU   eval        CRVO\n"
            "\n"
            "Please pull drug from the fridge by 8:30.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pt {init46} DOB {dob} - Eylea OS today",
        "body": (
            "Consent signed, MRN {mrn}. VA before injection 20/60. No pain, IOP 18 after. Next "
            "injection in 6 weeks.\n"
            "{provider_first}, COT\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Refill request - glaucoma drops",
        "body": (
            "Pharmacy fax received.\n"
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Med: {eyemed46}\n"
            "Last visit: {date}, IOP 19 OD / 21 OS, stable\n"
            "OK to refill x3? Visual field due next month.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your refractive surgery consultation",
        "body": (
            "Dear {name},\n"
            "\n"
            "Thank you for coming in on {date}. Your corneas measured thinner than average "
            "(482 and 479 microns) and your prescription is fairly high ({eyerx46}), so Dr. "
            "{provider_last} recommends PRK rather than LASIK. Both eyes can be treated the "
            "same day. The quote for PRK is {amount}, with your vision plan discount applied.\n"
            "\n"
            "Call us at {phone} to schedule.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Payment receipt",
        "body": (
            "RECEIPT\n"
            "Patient: {name}\n"
            "Service: LASIK, both eyes (custom wavefront)\n"
            "Surgery date: {date}\n"
            "Amount paid: {amount}\n"
            "Card: {card}\n"
            "Authorization: {ref}\n"
            "\n"
            "Thank you. Your one-week post-op visit is on {date2}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Vision claim {claim} processed",
        "body": (
            "Member: {name}\n"
            "Member ID: {member}\n"
            "Plan: {vplan46}\n"
            "Service date: {date}\n"
            "\n"
            "Well-vision exam                      covered, $10 copay\n"
            "Lenses: {lens46}\n"
            "Frame: {frame46}, $150 allowance, member overage {amount2}\n"
            "\n"
            "Paid to provider: {amount}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "MBI {mbi} - cataract pre-op",
        "body": (
            "Registration: the Medicare number we had was rejected. The patient brought the "
            "new card today for the cataract surgery on {date}; please update and re-run "
            "eligibility before the pre-op call.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": True,
    },
    {
        "subject": "Diabetic eye exam results",
        "body": (
            "Dear Dr. {provider_last},\n"
            "\n"
            "Re: {name}, DOB {dob}\n"
            "\n"
            "Your patient had a dilated diabetic eye exam on {date}. Findings: moderate "
            "non-proliferative diabetic retinopathy in both eyes, no macular edema on OCT. Dx "
            "{icd}. Please continue working on glucose control; we will see him again in 6 "
            "months.\n"
            "\n"
            "{name2}, OD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Vision screening results",
        "body": (
            "Dear parent or guardian of {kid46} {last},\n"
            "\n"
            "{kid46}, in grade 2 at {school46}, was screened for vision on {date} and did not "
            "pass (right eye 20/50, left eye 20/25). This is not a diagnosis, but please take "
            "your child for a full eye exam and return the bottom of this form signed by the "
            "eye doctor.\n"
            "\n"
            "School Nurse\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Resultados de la revisión dental escolar",
        "body": (
            "Estimados padres de {kid46} {last}:\n"
            "\n"
            "Durante la revisión dental en {school46} el {date}, la higienista encontró caries "
            "en varios dientes y una muela con posible infección. Se recomienda atención "
            "URGENTE (en menos de 2 semanas). Si no tiene dentista, llame al programa Sonrisas "
            "Sanas al {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Audiological evaluation",
        "body": (
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Referred by: Dr. {provider}\n"
            "Date: {date}\n"
            "\n"
            "Pure-tone audiometry: {hear46}. PTA 48 dB HL right, 52 dB HL left. Word "
            "recognition 84% / 76%.\n"
            "Tympanometry: Type A both ears.\n"
            "Recommendation: binaural amplification; trial of {aid46}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{name} - hearing aid fitting {date}",
        "body": (
            "Aids came in from the manufacturer. Fitting at {time}, 60 minutes, with real-ear "
            "measurement. Please remind him to bring the loaners back.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "hearing aid",
        "body": (
            "My left hearing aid quit again, the one you fitted in the spring. I changed the "
            "dome and the wax filter and nothing. I have a doctors appt thursday and can't "
            "hear on the phone. Can I bring it in tomorrow morning?\n"
            "{name}\n"
            "{phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CI activation - MRN {mrn}",
        "body": (
            "{age} yo, right cochlear implant placed {date}. Activation booked for {date2} at "
            "{time}. Family asked for an ASL interpreter. Mapping visits weekly x4 after that.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Hearing aid benefit claim form",
        "body": (
            "HEARING AID BENEFIT CLAIM\n"
            "Member: {name}\n"
            "SSN: {ssn}\n"
            "Date of birth: {dob}\n"
            "Diagnosis: {hear46}\n"
            "Device: {aid46}\n"
            "Date dispensed: {date}\n"
            "Amount charged: {amount}\n"
            "Dispenser: {provider}, BC-HIS\n"
            "Attach the audiogram and an itemised invoice.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Invoice {invoice}",
        "body": (
            "Bill to: {name}\n"
            "{address}\n"
            "\n"
            "Qty  Item\n"
            "1    {aid46}\n"
            "1    charger and 3-year warranty\n"
            "1    fitting and follow-up visits (bundled)\n"
            "\n"
            "Total: {amount}\n"
            "Paid: card {card}\n"
            "Your 45-day trial period ends {date2}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "FW: complaint from a parent",
        "body": (
            "Can you look into this before I call her back? - {provider_first}, regional manager\n"
            "\n"
            "----- Forwarded message -----\n"
            "From: {name} <{email}>\n"
            "Subject: complaint\n"
            "\n"
            "> My son {kid46} had two fillings done on {date} at your Oak St office and\n"
            "> nobody told me you would use laughing gas. He threw up in the car and\n"
            "> his lip was numb until bedtime. I want a call from the dentist.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "dentures",
        "body": (
            "my new bottom denture hurts alot on the rite side when i chew, theres a sore "
            "spot. i been taking it out at night like u said. can dr {provider_last} fix it "
            "this week\n"
            "{name} {phone}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Post-op instructions",
        "body": (
            "{name},\n"
            "\n"
            "Today you had {dentproc46}. For the next 24 hours: bite on gauze, no spitting or "
            "straws, ice 20 minutes on and 20 off. Take {dentmed46} as prescribed. Call "
            "{phone} if the bleeding does not stop. Your follow-up visit is on {date}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Biopsy result - {last}, {first_only}",
        "body": (
            "Path is back on the lateral tongue lesion: mild epithelial dysplasia, no "
            "carcinoma. Needs excision and 3-month checks after. Let me know when she's "
            "scheduled.\n"
            "{provider_first}\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Endo report #19 - {name}",
        "body": (
            "Dear Dr. {provider_last},\n"
            "\n"
            "We completed root canal therapy on #19 on {date}. Four canals, MB2 located. "
            "Temporary filling placed; please restore with a crown within 30 days.\n"
            "\n"
            "{provider}, DDS, Endodontics\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Medical clearance request",
        "body": (
            "Dear Doctor,\n"
            "\n"
            "Our patient {name}, DOB {dob}, is scheduled for {dentproc46} on {date}. Her "
            "history lists {condition} and she takes {med}. Please advise whether any "
            "medication should be held and whether antibiotic premedication is needed. Fax "
            "your reply to {phone}.\n"
            "\n"
            "{provider}, DDS\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Oral appliance claim",
        "body": (
            "Patient: {name}\n"
            "DOB: {dob}\n"
            "Medical plan ID: {member}\n"
            "HCPCS E0486 oral device, mandibular advancement, custom fabricated\n"
            "Dx: {icd}\n"
            "Sleep study and physician order attached.\n"
            "Delivered: {date}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": True,
    },
    {
        "subject": "Nhắc lịch tiêm mắt",
        "body": (
            "Kính gửi ông/bà {name},\n"
            "\n"
            "Phòng khám mắt xin nhắc lịch tiêm thuốc vào mắt trái (Eylea) của ông/bà vào ngày "
            "{date} lúc {time} với bác sĩ {provider_last}. Xin mang theo các loại thuốc nhỏ "
            "mắt đang dùng và nhờ người nhà đưa đón, vì sau khi tiêm mắt có thể bị mờ vài giờ.\n"
            "\n"
            "Nếu cần đổi lịch, xin gọi {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Devis - couronne dent 36",
        "body": (
            "Madame {last},\n"
            "\n"
            "Suite à votre consultation du {date}, voici le devis pour la couronne sur la dent "
            "36 (après dévitalisation) :\n"
            "- Couronne céramo-métallique : 550 €\n"
            "- Remboursement Sécurité sociale estimé : 120 €\n"
            "- Reste à charge avant mutuelle : 430 €\n"
            "\n"
            "Merci de nous retourner le devis signé.\n"
            "Cabinet dentaire du Dr {provider_last}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Outgoing cases {date}",
        "body": (
            "Route 2, delivered by driver\n"
            "\n"
            "Case {code}   Dr. {provider_last}   Pt: {last}, {first}   {lab46}\n"
            "Case {ref}  Dr. {provider_last}   Pt: {name2}   lower night guard\n"
            "Case {ext}-B  Dr. {provider_last}   Pt: {intl_name}   try-in, upper denture\n"
            "\n"
            "Sign on delivery.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{upper_name} #30 DO",
        "body": (
            "Did the DO on #30 today, 2 carpules, no issues. Pt wants #31 done next visit. "
            "Bill D2392.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Morning huddle {date}",
        "body": (
            "OP 1 (Dr. {provider_last})\n"
            "  8:00   {name} - crown prep #3, MED ALERT: on blood thinner\n"
            "  9:30   {name2} - emergency, swelling LR, balance $240\n"
            "OP 3 (hygiene)\n"
            "  8:00   {intl_name} - SRP UL/LL, premed amoxicillin (joint replacement)\n"
            "  9:00   OPEN\n"
            "\n"
            "Goal today: $8,400. Two unscheduled treatment plans to call back.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Past due balance",
        "body": (
            "Dear {name},\n"
            "\n"
            "Our records show a balance of {amount} for the crown on tooth #14 and the core "
            "buildup placed on {date}, after your insurance paid its portion. Please pay "
            "online or call {phone} to set up a payment plan. Accounts more than 90 days past "
            "due may be sent to collections.\n"
            "\n"
            "Billing Office\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "{first} {last} - keratoconus - scleral lens PA",
        "body": (
            "Plan wants topographies from the last two visits and a letter of medical "
            "necessity. Both eyes; VA with glasses 20/80, 20/25 with sclerals. Member {member}.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Vision therapy progress update",
        "body": (
            "Hi {name},\n"
            "\n"
            "A quick update on {kid46} after 8 of 12 in-office sessions for convergence "
            "insufficiency: the near point of convergence improved from 14 cm to 6 cm and the "
            "headaches with reading are less frequent. Please keep up the home exercises 15 "
            "minutes a day. Re-evaluation on {date}.\n"
            "\n"
            "{provider}, OD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Manutenção do aparelho",
        "body": (
            "Oi {name}, tudo bem? Aqui é da clínica de ortodontia. A manutenção do aparelho de "
            "{kid46} ficou para {date} às {time}. O braquete que descolou será recolado na "
            "mesma consulta. Qualquer coisa, chama no WhatsApp {phone}.\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "pt called",
        "body": (
            "mrs {last} called, her implnt crown on #8 feels loose and turns when she pushes "
            "it. she has a wedding sat so squeezed her in at 2 tmrw. chart # {mrn}\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RE: RE: pano for {first} {last}",
        "body": (
            "Attached, taken {date}. Let us know what you decide about the lower wisdom teeth.\n"
            "\n"
            "> Can you send the pano? She's on our consult schedule for next Tuesday.\n"
            "> Thanks, {provider_first}\n"
            ">> Referral form attached, pt has pericoronitis on #17 for the second time.\n"
        ),
        "phi": True,
        "subject_phi": True,
        "validated": False,
    },
    {
        "subject": "Surgery scheduling form",
        "body": (
            "SURGERY SCHEDULING\n"
            "Patient: {last}, {first}\n"
            "DOB: {dob}\n"
            "Phone: {phone}\n"
            "Procedure: {eyeproc46}\n"
            "Surgeon: Dr. {provider}\n"
            "Facility: ambulatory surgery center, room 2\n"
            "Date: {date}   Arrival: {time}\n"
            "Anesthesia: topical/MAC\n"
            "Clearance: H&P from PCP within 30 days\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Urgent referral - possible retinal detachment",
        "body": (
            "Sending over {name} (DOB {dob}, cell {phone}). New flashes and a curtain over the "
            "lower half of the left eye since this morning; dilated exam shows a superior "
            "detachment, macula appears on. Can Dr. {provider_last} see her today? She has a "
            "driver.\n"
            "\n"
            "{name2}, OD\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lens order confirmation",
        "body": (
            "Hi {first},\n"
            "\n"
            "Thanks for ordering with us. Your annual supply of {cl46} ships to {address} "
            "within 3 business days. Your prescription from Dr. {provider_last} expires "
            "{date2}, so book your next exam before then.\n"
            "\n"
            "Order {order}\n"
            "{company} Vision\n"
        ),
        "phi": True,
        "subject_phi": False,
        "validated": False,
    },
]

FRESH46_NEG: list[dict] = [
    {
        "subject": "Updated office fee schedule, effective {date}",
        "body": (
            "Please load these into the practice management system before Monday.\n"
            "\n"
            "Code    Description                            UCR fee\n"
            "D0120   Periodic oral evaluation               $68\n"
            "D0150   Comprehensive oral evaluation          $115\n"
            "D0210   Full mouth series                      $165\n"
            "D1110   Prophylaxis, adult                     $118\n"
            "D1206   Fluoride varnish                       $45\n"
            "D2391   Resin composite, 1 surf, posterior     $210\n"
            "D2740   Crown, porcelain/ceramic               $1,395\n"
            "D3330   Endodontic therapy, molar              $1,250\n"
            "D4341   SRP, 4+ teeth per quadrant             $295\n"
            "D7140   Extraction, erupted tooth              $225\n"
            "\n"
            "Office manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New in-house membership plan for uninsured patients",
        "body": (
            "Starting this month we offer the Smile Savers plan for patients without dental "
            "insurance:\n"
            "\n"
            "  Adult: $349/year - 2 exams, 2 cleanings, all X-rays, 1 emergency exam\n"
            "  Child: $279/year - adds fluoride and sealant discounts\n"
            "  Perio: $499/year - 4 periodontal maintenance visits\n"
            "  15% off crowns, fillings, root canals and extractions\n"
            "\n"
            "No waiting periods and no annual maximum. Ask at the front desk or call {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "It's time for your checkup!",
        "body": (
            "Dear Valued Patient,\n"
            "\n"
            "It has been six months! Regular cleanings help prevent cavities, gum disease and "
            "bad breath, and every exam includes an oral cancer screening. Most dental plans "
            "cover two cleanings a year at no cost to you, and unused benefits do not roll over.\n"
            "\n"
            "Book online at https://book.example/dental or call {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CDT changes - billing team reminder",
        "body": (
            "Quick summary for the billing team before the new year:\n"
            "- D4346 (scaling in presence of generalized moderate or severe gingival "
            "inflammation) is not the same as D1110; chart the bleeding points.\n"
            "- D4910 is periodontal maintenance; do not bill D1110 on the same date.\n"
            "- D0180 for comprehensive perio evaluations, new or established.\n"
            "- Most payers want a narrative and pre-op X-ray for D2950 buildups and for {cdt46}.\n"
            "Questions to the billing lead, ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Reminder: ICD-10 codes on dental claims",
        "body": (
            "Medical plans and a growing number of dental plans want a diagnosis code on every "
            "claim line. The ones we use most:\n"
            "\n"
            "  K02.52   Dental caries on pit and fissure surface penetrating into dentin\n"
            "  K02.62   Dental caries on smooth surface penetrating into dentin\n"
            "  K04.02   Irreversible pulpitis\n"
            "  K05.311  Chronic periodontitis, localized, slight\n"
            "  K01.1    Impacted teeth\n"
            "  S02.5XXA Fracture of tooth (traumatic), initial encounter\n"
            "  G47.33   Obstructive sleep apnea (oral appliance claims)\n"
            "\n"
            "Code from the chart note, never from a previous claim. Coding questions: ext {ext}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Coding tip: eye and hearing diagnosis codes",
        "body": (
            "For the new billers. Laterality and stage live in the last characters:\n"
            "\n"
            "  H40.1131  Primary open-angle glaucoma, bilateral, mild stage\n"
            "  H40.1132  Primary open-angle glaucoma, bilateral, moderate stage\n"
            "  H35.3211  Exudative AMD, right eye, with active choroidal neovascularization\n"
            "  E11.3293  Type 2 diabetes with mild NPDR without macular edema, bilateral\n"
            "  H25.11    Age-related nuclear cataract, right eye\n"
            "  H90.3     Sensorineural hearing loss, bilateral\n"
            "\n"
            "Unspecified codes (H40.9, H91.90) get denied by most plans; ask the doctor before "
            "using one.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Autoclave spore test log - week of {date}",
        "body": (
            "Unit        Cycle#  Day   BI lot     Result    Init\n"
            "Statim 1    4471    Mon   {lot}    NEG       KR\n"
            "Statim 1    4479    Tue   {lot}    NEG       KR\n"
            "Midmark     2210    Wed   {lot}    NEG       AL\n"
            "Midmark     2218    Thu   {lot}    PENDING   AL\n"
            "\n"
            "Control vials grew as expected. Mail-in results from {company} to follow.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dental unit waterline test results",
        "body": (
            "Op 1: 45 CFU/mL - pass\n"
            "Op 2: 120 CFU/mL - pass\n"
            "Op 3: 610 CFU/mL - FAIL (limit 500)\n"
            "Op 4: 30 CFU/mL - pass\n"
            "\n"
            "Op 3 gets shocked with the line cleaner tonight and retested Monday. Please flush "
            "all lines for 2 minutes every morning.\n"
            "{name}, infection control coordinator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Order {order} confirmed",
        "body": (
            "Thank you for your order!\n"
            "\n"
            "  {supply46} x 4\n"
            "  Prophy paste, medium grit, 200 cups x 2\n"
            "  Saliva ejectors, 1000 ct x 3\n"
            "  Lidocaine 2% with epi 1:100,000, 50 cartridges x 6\n"
            "\n"
            "Ship to: front desk, Suite 200\n"
            "Estimated delivery: {date}\n"
            "Tracking: {tracking}\n"
            "{company} Dental Supply\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Invoice {invoice} - {company}",
        "body": (
            "Item        Description                          Qty   Ext.\n"
            "{sku}  {supply46}     2     {amount2}\n"
            "DS-44120    Alginate, fast set, 1 lb             6     $71.94\n"
            "DS-10233    Articulating paper, 200 strips       3     $26.85\n"
            "Freight                                                $18.00\n"
            "\n"
            "Total due: {amount}   Terms: net 30\n"
            "Customer account 4470-22. Please reference {invoice} on your payment.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lab pickup manifest {date}",
        "body": (
            "Driver: Route 3\n"
            "\n"
            "Case       Doctor                 Type                  Units  Due\n"
            "{code}     Dr. {provider_last}    Zirconia crown        1      {date2}\n"
            "{ref}   Dr. {provider_last}    Denture setup         1      {date2}\n"
            "{ext}-A      Dr. {provider_last}    Implant abutment      2      {date2}\n"
            "\n"
            "Pan count: 7. Cooler temp OK. Signed out by {name}, shipping.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Chair schedule - week of {date}",
        "body": (
            "Mon   Op1 Dr. {provider_last}   Hyg1 {name}   Hyg2 {name2}\n"
            "Tue   Op1 Dr. {provider_last}   Hyg1 {name}   Hyg2 closed\n"
            "Wed   Op1 closed (CE day)      Hyg1 {name2}   Hyg2 {name}\n"
            "Thu   Op1 Dr. {provider_last}   Hyg1 {name}   Hyg2 {name2}\n"
            "Fri   8-1 only, sterilization deep clean after\n"
            "\n"
            "{name3} (assistant) is on PTO Thursday; float covers.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Service ticket {ticket}: {equip46}",
        "body": (
            "Technician: {name}, {company}\n"
            "Reported: unit shows an error code and won't finish a cycle\n"
            "Found: worn door seal, clogged filter\n"
            "Action: replaced seal and filter, ran 3 test cycles, all passed\n"
            "Parts: {sku}\n"
            "Labor: 1.5 h\n"
            "Next preventive maintenance due: {date2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "CE course: {course46}",
        "body": (
            "Join Dr. {provider} for a 4-hour hands-on course on {date}. Topics include "
            "diagnosis and staging, when to refer, and case reviews of peri-implantitis, oral "
            "cancer and medication-related osteonecrosis of the jaw. 4 CE credits. $295, lunch "
            "included.\n"
            "Register at https://ce.example/{code}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "District vision and dental screening summary",
        "body": (
            "2,814 students were screened at 11 schools this fall.\n"
            "\n"
            "Vision: 312 referred (11.1%); 94 confirmed with new glasses so far\n"
            "Dental: 486 with untreated decay (17.3%); 61 urgent referrals\n"
            "Sealants placed on site: 1,190 teeth in 402 second-graders\n"
            "\n"
            "Thank you to the volunteer hygienists and the optometry students. Next year's "
            "calendar goes out in May.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Template: post-op letter (please use this version)",
        "body": (
            "Dear [Patient Name],\n"
            "\n"
            "Thank you for trusting us with your [procedure] on [date]. Please take "
            "[medication] as directed and call [office phone] if swelling gets worse after day "
            "3, or if you have a fever or bleeding that does not stop.\n"
            "\n"
            "Sincerely,\n"
            "[Doctor Name], DDS\n"
            "\n"
            "The merge fields are in the PM system under Letters > Post-op.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "New fax number for referrals",
        "body": (
            "Effective {date}, please send referrals and records requests to our new secure "
            "fax. Our phone number and address are unchanged.\n"
            "\n"
            "--\n"
            "{provider}, OD\n"
            "{provider_last} Eye Associates\n"
            "Phone: {phone}\n"
            "Fax: (415) 555-0199\n"
            "NPI {npi}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Your aligner shipment is on the way",
        "body": (
            "Shipment to practice account {account}: 6 cases in 1 box. Carrier FedEx, tracking "
            "7749 2210 3385. Please scan each case barcode on arrival to release it to your "
            "treatment coordinator.\n"
            "{company} Clear Aligner Lab\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Card on file declined - supply account",
        "body": (
            "Hi {first},\n"
            "\n"
            "The card on file for the practice supply account, 4532 7816 0041 2287, was "
            "declined, and the backup card 5500 0042 1337 9016 came back invalid. Please "
            "update the payment method in the portal so order {order} can ship.\n"
            "\n"
            "{company} Accounts Receivable\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Optical price list - updated",
        "body": (
            "Single vision polycarbonate ......... $89\n"
            "Lined bifocal ....................... $129\n"
            "Progressive, standard ............... $229\n"
            "Progressive, premium digital ........ $349\n"
            "High index 1.67 add-on .............. $90\n"
            "AR coating $75 / premium AR $120\n"
            "Photochromic add-on ................. $110\n"
            "Frames from $69; designer from $189\n"
            "Contact lens fitting fee: $75 spherical, $95 toric or multifocal\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Rebate: up to $200 back on an annual supply",
        "body": (
            "Buy an annual supply of any participating monthly or daily lens at your eye exam "
            "and get up to $200 back by prepaid card. Offer valid through {date}. Rebate forms "
            "at the optical counter. Cannot be combined with vision plan allowances.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Statement - account {account}",
        "body": (
            "Job#         Date         Description                         Amount\n"
            "{order}    {date}   {lens46}    $142.00\n"
            "{code}       {date}   Edge and mount, customer frame       $18.00\n"
            "{ref}     {date2}   Remake, warranty                     $0.00\n"
            "\n"
            "Balance due: {amount}\n"
            "{company} Optical Lab, accounts receivable\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Introducing our new rechargeable RIC platform",
        "body": (
            "Dear hearing care professional,\n"
            "\n"
            "Our new receiver-in-canal platform launches on {date}: 30 hours per charge, "
            "direct streaming to phones, and a tinnitus program built in. Demo units ship to "
            "all accounts next week, and your territory manager, {name}, will schedule a "
            "fitting software training.\n"
            "\n"
            "{company} Hearing\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Annual calibration certificate - audiometer and booth",
        "body": (
            "Equipment: audiometer (serial AM-44192), sound booth room 2, tympanometer\n"
            "Standard: ANSI S3.6\n"
            "Result: within tolerance; right insert earphone replaced\n"
            "Technician: {name}, {company}\n"
            "Next due: {date2}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Now hiring: {role46}",
        "body": (
            "Our multi-specialty practice (general dentistry, optometry and audiology under "
            "one roof) is hiring a full-time {role46}. Four-day week, no Saturdays, CE "
            "allowance and uniforms. Send a resume to {email} by {date}. Req #{code}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Webinar: cochlear implant candidacy update",
        "body": (
            "Audiologists and ENTs are invited to a 45-minute webinar on {date} about the "
            "expanded candidacy criteria for adults with moderate-to-profound hearing loss and "
            "for children with single-sided deafness. Presenter: {provider}, AuD. 0.1 CEU.\n"
            "Register: https://events.example/{code}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Provider bulletin: frequency limitation changes",
        "body": (
            "Effective {date}, for {dplan46} commercial plans:\n"
            "- Bitewings: 1 set per 12 months\n"
            "- Full mouth series or panoramic: 1 per 60 months\n"
            "- Crowns and bridges: 1 per tooth per 60 months\n"
            "- Periodontal maintenance D4910: up to 4 per benefit year, combined with D1110\n"
            "- A narrative is now required for {cdt46}\n"
            "\n"
            "Claims exceeding these limits deny with remark code N7.\n"
            "Provider relations: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Provider bulletin: {vplan46} reimbursement update",
        "body": (
            "Effective {date}, the allowance for comprehensive eye exams (92004/92014) rises "
            "by 4%. Contact lens fitting (92310) and lens materials follow the new schedule on "
            "the provider portal. Claims must be filed within 180 days of service. Provider "
            "relations: {phone}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Region 4 dashboard - last month",
        "body": (
            "Office        Production   Collections   Case accept.   Hyg reappt   No-show\n"
            "Elm St        $412,300     98.2%         61%            88%          6.1%\n"
            "Riverside     $298,750     96.7%         54%            81%          8.4%\n"
            "North Plaza   $355,100     99.1%         66%            90%          4.9%\n"
            "\n"
            "Riverside is below target on reappointment; {name}, please review the recall "
            "scripts with the front desk.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Teledentistry platform maintenance",
        "body": (
            "The virtual visit platform will be down for maintenance on {date} from 10 pm to 2 "
            "am. Scheduled video visits that evening have been moved by the vendor. Release "
            "{version} adds photo upload from the patient's phone.\n"
            "IT help desk: {ticket}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "January is Glaucoma Awareness Month",
        "body": (
            "Glaucoma has no early symptoms, and half of the people who have it don't know. "
            "Adults over 40, people with a family history of glaucoma, and people with "
            "diabetes should have a dilated eye exam every year or two. Schedule yours at "
            "{phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free LASIK seminar Thursday",
        "body": (
            "Tired of glasses and contacts? Join Dr. {provider} on {date} at 6 pm for a free "
            "seminar on LASIK, PRK and lens replacement surgery. Attendees receive $500 off "
            "and a free screening exam. Light refreshments.\n"
            "RSVP: {phone}\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Injection drug inventory count {date}",
        "body": (
            "Eylea 2 mg: 14 vials (lot {lot})\n"
            "Eylea HD: 6\n"
            "Vabysmo: 11\n"
            "Ranibizumab biosimilar: 8\n"
            "Bevacizumab syringes (compounded): 22, expire {date2}\n"
            "\n"
            "Fridge log reviewed: 3.8 to 4.6 C all week. Reorder Vabysmo x10. Counted by "
            "{name}, ophthalmic technician.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Field safety notice - IOL lot {lot}",
        "body": (
            "The manufacturer is retrieving unopened intraocular lenses from lot {lot} because "
            "of a labeling error on the outer carton. Lenses already implanted are not "
            "affected and no patient action is needed. Please quarantine unopened stock and "
            "return it with the prepaid label; credit will be issued to your account.\n"
            "{company} Ophthalmic, quality department\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Jornada gratuita de salud bucal para niños",
        "body": (
            "El sábado {date}, de 9 a 1, la clínica ofrecerá revisiones dentales, barniz de "
            "flúor y selladores gratis para niños de 3 a 12 años. No se necesita seguro ni "
            "cita. ¡Traiga a toda la familia!\n"
            "Informes: {phone}\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Thông báo lịch nghỉ Tết",
        "body": (
            "Kính gửi quý khách,\n"
            "\n"
            "Nha khoa sẽ nghỉ Tết 5 ngày, bắt đầu từ ngày {date}. Trong thời gian nghỉ, nếu có "
            "trường hợp khẩn cấp (sưng, chảy máu không cầm, chấn thương răng), xin gọi số trực "
            "{phone}.\n"
            "\n"
            "Chúc quý khách năm mới an khang!\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Formation continue : parodontologie et implantologie",
        "body": (
            "Chères consœurs, chers confrères,\n"
            "\n"
            "Le Dr {provider} animera une journée de formation le {date} sur la prise en "
            "charge des parodontites sévères et des péri-implantites : diagnostic, chirurgie "
            "régénératrice, maintenance. Inscription : 280 € (déjeuner compris).\n"
            "\n"
            "Renseignements : {email}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Promoção de óculos: segundo par pela metade do preço",
        "body": (
            "Na compra de óculos completos (armação + lentes), o segundo par sai com 50% de "
            "desconto. Válido para lentes multifocais, antirreflexo e fotossensíveis até "
            "{date}. Exame de vista com optometrista na loja.\n"
            "Ótica {company}\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Lab fee schedule",
        "body": (
            "Full-contour zirconia ............ $129\n"
            "Layered zirconia .................. $169\n"
            "e.max crown or veneer ............. $149\n"
            "PFM, noble ........................ $189 + alloy\n"
            "Custom abutment ................... $245\n"
            "Complete denture .................. $325 per arch\n"
            "Night guard, hard .................. $89\n"
            "\n"
            "Rush (3-day) add $40 per unit. Prices effective {date}. {company} Dental Lab\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Recall call script (front desk)",
        "body": (
            "\"Hi, this is [your name] calling from the dental office. Our records show it's "
            "time for a checkup and cleaning. We have openings on [day] at [time]. Would one "
            'of those work?"\n'
            "\n"
            "If voicemail: leave only your first name, the office name and the number. Never "
            "leave details about treatment on a voicemail.\n"
            "{name}, office manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OSHA training sign-in",
        "body": (
            "Annual bloodborne pathogens and hazard communication training, {date}\n"
            "\n"
            "{name}, hygienist ........ signed\n"
            "{name2}, dental assistant ........ signed\n"
            "{name3}, front desk ........ signed\n"
            "Dr. {provider} ........ signed\n"
            "\n"
            "Quiz scores filed in the compliance binder.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Amalgam waste pickup confirmation",
        "body": (
            "Manifest {ref}: 1 amalgam separator cartridge, 2 lb scrap amalgam, 1 sharps "
            "container (2 gal), 1 lead foil box. Certificate of recycling will be emailed "
            "within 30 days. Next pickup: {date2}.\n"
            "{company} Environmental\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Nitrous and oxygen delivery",
        "body": (
            "Delivered {date}: 2 x nitrous oxide E cylinders, 2 x oxygen E cylinders. Picked "
            "up 4 empties. Please keep the manifold room door closed. Next scheduled delivery "
            "in 4 weeks. Invoice {invoice} to follow.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "RMA {ref}: intraoral sensor",
        "body": (
            "We received the size 2 sensor (serial 71-554-0931) for warranty repair. Cable "
            "damage confirmed, covered under warranty. A replacement ships today via "
            "{tracking}. Please return the loaner within 10 days.\n"
            "{company} Imaging support\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Dental school clinic seeks board exam patients",
        "body": (
            "Our senior dental students need patients for their clinical board exams on "
            "{date}. We are looking for adults with moderate tartar build-up or a cavity "
            "between two back teeth. Treatment is free for selected patients. Screening "
            "appointments: {phone}.\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Oral cancer screening: what every hygienist should know",
        "body": (
            "About 58,000 people in the US are diagnosed with oral or oropharyngeal cancer "
            "each year, and survival drops sharply when it is found late. Join Dr. {provider} "
            "on {date} for a 2-hour CE session on the extraoral and intraoral exam, "
            "HPV-related cancers and when to biopsy or refer. 2 CE credits.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Re: fee schedule negotiation",
        "body": (
            "Dr. {provider_last},\n"
            "\n"
            "Thank you for your counter-proposal. {dplan46} can offer a 3.5% increase on "
            "preventive and diagnostic codes and 2% on restorative codes, effective {date}. "
            "The revised fee schedule and amendment are attached for signature.\n"
            "\n"
            "Network contracting\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Open enrollment: dental and vision",
        "body": (
            "Open enrollment runs until {date}. This year employees can choose:\n"
            "\n"
            "Dental: {dplan46} (PPO, $1,500 annual max, ortho to age 19) or the DHMO plan\n"
            "Vision: {vplan46} (exam every 12 months, frames every 24 months, $150 allowance)\n"
            "\n"
            "Rates are on the benefits site. Questions: {email}\n"
            "Human Resources\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "License and CPR renewals due",
        "body": (
            "Dr. {provider}: your state dental license, DEA registration and sedation permit "
            "all renew before {date}. {name} (hygienist) and {name2} (assistant) also need BLS "
            "renewal. The CPR class is in the office on {date2}.\n"
            "Office manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Pouch recall notice",
        "body": (
            "{company} is recalling sterilization pouches from lot {lot}: the internal "
            "indicator may not change color correctly. Stop using pouches from this lot, "
            "re-process any instruments packaged in them, and contact customer service at "
            "{phone} for replacement stock.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Screening volunteers - schedule",
        "body": (
            "Vision and hearing screening volunteers, next week:\n"
            "\n"
            "Mon  {school46}        {name}, {name2}\n"
            "Wed  {school46}        {name3}, {name}\n"
            "Fri  make-up day         {name2}\n"
            "\n"
            "Bring the audiometer, the eye charts and the occluders. Results go to the school "
            "nurse, not home with students.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Battery and supply order for the audiology clinic",
        "body": (
            "Please order for the clinic:\n"
            "- Size 312 batteries, 40 packs\n"
            "- Size 13 batteries, 20 packs\n"
            "- Wax guards, assorted, 50\n"
            "- Otoscope tips, 4 boxes\n"
            "- Disposable impression syringes, 100\n"
            "\n"
            "Charge to cost center 6620. PO {order}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Patient survey results - Q3",
        "body": (
            "412 responses (31% response rate)\n"
            "Overall rating: 4.7 / 5\n"
            "Would recommend: 92%\n"
            "Lowest score: wait time in the optical shop (3.9)\n"
            "Top comment themes: friendly hygienists, clear estimates, parking\n"
            "\n"
            "Thanks, everyone. {name}, practice administrator\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Fwd: scanner training",
        "body": (
            "See below. Training is Thursday at 7:30, before the first appointments.\n"
            "\n"
            "---------- Forwarded message ---------\n"
            "From: {name} <{email}>\n"
            "Subject: scanner training\n"
            "\n"
            "> Hi team, the rep from {company} will be here Thursday to train everyone on\n"
            "> the new intraoral scanner. Please bring your login. We will practice full-arch\n"
            "> scans on the typodonts, so the schedule starts at 9.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "running late",
        "body": (
            "running 15 late, traffic on 5. can someone turn on the compressor and the vacuum "
            "in op 2 and start the spore test? first appt isn't till 8:30 anyway\n"
            "- {first}\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Free hearing screenings at the senior center",
        "body": (
            "Our audiologists will offer free hearing screenings and hearing aid cleanings at "
            "the Eastside Senior Center on {date}, 10 am to 2 pm. No appointment needed. "
            "Untreated hearing loss is linked to falls and social isolation, so bring a friend!\n"
            "{footer}"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "OMS on-call, week of {date}",
        "body": (
            "Mon-Tue: Dr. {provider} ({phone})\n"
            "Wed-Thu: Dr. {name}\n"
            "Fri-Sun: Dr. {name2}\n"
            "\n"
            "Facial trauma from the ED goes to the on-call surgeon directly. Dentoalveolar "
            "emergencies can wait for the morning clinic.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Tooth numbering quick reference",
        "body": (
            "For the new assistants:\n"
            "- Universal system: #1 is the upper right third molar, counting across to #16 "
            "(upper left third molar); #17 is the lower left third molar, counting to #32 "
            "(lower right).\n"
            "- Primary teeth are lettered A to T.\n"
            "- Surfaces: M mesial, O occlusal, D distal, B buccal, L lingual, I incisal. So "
            '"#3 MOD" is a three-surface filling on the upper right first molar, and "#30 DO" '
            "a two-surface filling on the lower right first molar.\n"
            "- Quadrants: UR, UL, LL, LR.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Frame rep visit Tuesday",
        "body": (
            "{name} from {company} is coming Tuesday at 11 with the new collection, including "
            "the {frame46}. Please clear the board by the window and pull the slow sellers for "
            "the return credit.\n"
            "Optical manager\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Waiting room TV slides",
        "body": (
            "New slides for the waiting room screens:\n"
            "1. Did you know? Sealants prevent up to 80% of cavities in back teeth.\n"
            "2. Blue light glasses: what the evidence says.\n"
            "3. Hearing aids today are small, rechargeable and connect to your phone.\n"
            "4. Ask us about our Smile Savers membership plan.\n"
            "Sent by {name}, marketing coordinator.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
    {
        "subject": "Sandbox payments for the new patient portal",
        "body": (
            "For UAT only, use the processor's sandbox cards: 4111 1111 1111 1112 (should "
            "decline) and 3782 822463 10006 (should decline as invalid). Do not enter real "
            "card numbers in the test environment. Build {build}, ticket {ticket}.\n"
        ),
        "phi": False,
        "subject_phi": False,
        "validated": False,
    },
]

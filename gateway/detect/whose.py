"""Whose health? Links a bare name to the health information its sentence says about it.

A census name with no patient word near it ("Maria Lopez") is someone, but mail in a health
organisation names staff, speakers, researchers and vendors next to diseases all day: "Maria
Lopez from Acme will demo the new troponin analyzer" is not PHI, "Maria Lopez's troponin came
back high" is. Co-occurrence (the older proximity rule) cannot tell them apart; the sentence
can. A name is linked to health information when the text ties the two together
grammatically, by one of these cues (English; all lower-cased, offsets only, nothing kept):

- possession: "Maria Lopez's colonoscopy", "her insulin" (a pronoun after the name);
- apposition or a label: "Maria Lopez, asthma", "Maria Lopez - colonoscopy";
- a care predicate with the name as its subject: "Maria Lopez has COPD", "... was started on
  Plavix", "... called about the nausea" (and "she is on digoxin" in the next sentence);
- demographics next to the name: "Maria Lopez, 67,", "Maria Lopez (DOB", "bed 12 (Maria
  Lopez)", "a 54-year-old Maria Lopez";
- a family relation: "my father Maria Lopez" (health information in the same window);
- the name as the object of care: "check on Maria Lopez", "van for Maria Lopez ... dialysis";
- first-person health ("my appendectomy", "I have lupus") in a part that names someone (a
  patient writing and signing).

Words for work ("talk", "study", "book", "lab", "team"...) between the name and the health term
break a link ("Maria Lopez's lab shows that metformin...", "her research on asthma"), and so do
words for other people ("her care of patients recovering from...").

Cost: only bare names of parts that also hold health information are looked at, each within a
bounded window (``chars``), so the work is linear in the part's size.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence

# A sentence ends at . ! ? followed by space, or at a line break, unless the line is long
# enough to be soft-wrapped prose (then the break is only a wrap).
# A title's full stop ends no sentence ("I attended Robert's follow-up with Dr. Rogers today").
# (Asked after the full stop, so the look-behinds run at punctuation only.)
_TITLE_STOPS = "".join(
    rf"(?<!\b{t}\.)"
    for t in ("Dr", "dr", "DR", "Mr", "mr", "Mrs", "mrs", "Ms", "ms", "Jr", "Sr", "St")
)
_BREAK = re.compile(rf"[.!?]{_TITLE_STOPS}[.!?]*(?=\s|$)|\n")
_WRAPPED_LINE = 60
# The most of a sentence read either side of a health term (whose._sentence_span).
_SENTENCE_CHARS = 400
# "i&d", "d&c" are one word: the "i" of "I&D" is not the writer.
_TOKEN = re.compile(r"[a-z0-9]+(?:&[a-z0-9]+)*(?:['\u2019][a-z]+)?|/")


def _list(text: str, sep: str | None = None) -> list[str]:
    """Word lists written as prose-width text blocks (``sep``: None for spaces)."""
    return [w.strip() for w in text.split(sep) if w.strip()]


# Between a name and a health term: any of these means the term is about something else.
_WORK = frozenset(
    _list(
        """talk talks lecture lectures book books memoir paper papers article articles study studies
    trial trials research lab labs laboratory team teams group groups office department unit
    program programs programme project projects grant grants award awards prize session
    sessions class classes course courses seminar webinar video videos presentation
    presentations slides podcast conference symposium committee clinic clinics service services
    practice foundation fund fundraiser walk run campaign drive booth demo shift shifts
    schedule coverage newsletter blog column interview panel work career job role position
    expertise analyzer analyzers device devices product products formulary guideline
    guidelines protocol protocols policy policies training workshop marathon race ride
    fundraising poster posters abstract abstracts itinerary registry registries model models
    dashboard dashboards metric metrics measure measures cohort cohorts logic query queries
    mapping mappings template templates report reports slides deck spreadsheet outcomes
    outcome rates statistics data"""
    )
) | frozenset(
    # ... and in Spanish and Portuguese, accents folded ("la feria de salud sobre la
    # diabetes", "a palestra sobre diabetes")
    _list(
        """feria ferias charla charlas taller talleres clase clases programa programas curso cursos
    campana campanha palestra palestras evento eventos estudio estudo pesquisa investigacion
    reunion reuniao"""
    )
)
# After a health term: it names a job, a body or an event ("diabetes educator", "the asthma
# society", "breast cancer awareness month"), not anyone's health.
_TOPIC_AFTER = _WORK | frozenset(
    _list(
        """educator educators nurse nurses specialist specialists coordinator coordinators
    navigator navigators counselor counselors counsellor researcher researchers expert experts
    advocate advocates physician physicians doctor doctors surgeon surgeons pharmacist
    pharmacists technician technicians tech techs rep reps representative champion lead
    manager director society association alliance awareness gala dinner
    luncheon benefit celebration party ceremony event events fair expo summit samples sample
    coupons coupon savings reagent reagents cartridge cartridges kit kits strips supplies
    vials shortage shortages recall recalls backorder pantry pantries friendly"""
    )
)
# Of these, what a reader's own care produces ("your CPAP usage report", "your insulin
# supplies", "your diabetes educator"): after "your", not a topic.
_OWN_RECORD = frozenset(
    _list(
        """report reports data schedule coverage device devices supplies kit kits strips vials
    samples educator nurse specialist coordinator navigator counselor doctor physician surgeon
    pharmacist session sessions"""
    )
)
# The writer's own care, a word between at most ("my outpatient psychotherapy, 8 sessions").
_MY_TERM = re.compile(r"\bmy\s+(?:[a-z-]+\s+)?$")
# A paragraph about a story, whose names are characters.
_FICTION = re.compile(
    r"\b(?:book club|novels?|novelist|fiction|memoir|protagonist|characters?|the film|the movie|"
    r"screenplay|episode|the play|sitcom|tv series)\b"
)
_PARAGRAPH = re.compile(r"\n[ \t\r]*\n")
_OTHERS = frozenset(
    _list(
        """patients patient's people persons residents children kids members families adults women
    men donors others everyone anyone someone those participants volunteers clients
    customers veterans students employees staff attendees survivors"""
    )
)

# Care predicates, as token sequences, whose subject is the person the health term is about.
# Split as the text is (_TOKEN), or "c/o", "s/p" and "no-showed" could never match.
_PREDICATES: tuple[tuple[str, ...], ...] = tuple(
    tuple(_TOKEN.findall(p))
    for p in _list(
        """has; had; have; having; is on; was on; been on; is now on; remains on;
    stays on; back on; started on; started; starting; starts; restarted; takes; taking; took;
    needs; needed; underwent; undergoing; undergoes; diagnosed; admitted; readmitted; presents with;
    presented with; presenting with; complains of; complaining of; complained of; c/o;
    reports; reported; reporting; suffers; suffering; suffered; tested positive; tests
    positive; called in positive for; called out positive for;
    developed; developing; experiencing; experienced; denies; denied; allergic;
    recovering; recovered; scheduled for; due for; booked for; requires; required; getting;
    got; received; receiving; prescribed; called about; calling about; asked about; asking
    about; worried about; came in with; came in for; in for; went in for; coming in for;
    post op; status post; s/p; passed away from; died of; battling; fighting; living with;
    treated for; seen for; evaluated for; being treated; on hospice; in hospice;
    hospitalized; hospitalised; admitted for; discharged; transferred; intubated;
    sedated; vomiting; bleeding; finished; finishing; completed; completing; beat; beating;
    survived; surviving; disclosed; disclosing; stopped; stopping; quit; ran out of;
    running out of; out of;
    is in the ed with; is in the er with; in the ed with; in the er with; in the ed w;
    in the er w; admit for;
    admitted with; is the one with; was the one with;
    for intake; for an intake; for eval; for an eval; for evaluation; for consult; for a
    consult; for f/u; for follow up; for follow-up; calling w; calling with; here w;
    on for; added on for;
    be out; is out; been out; was out; out for; be off;
    coming for; is coming for; here for; is here for;
    wanted to confirm; wants to confirm; to confirm; confirmed; wants to move; wanted to move;
    wants to reschedule; wanted to reschedule; back about; called back about; call back about;
    switching to; switched to; is switching to; was switched to; being switched to;
    came to; went to; home on; going home on; sent home on; discharged home on;
    did not show for; didn't show for; did not show; didn't show; no-showed for; no showed for;
    refused; refusing;
    rolled; twisted; sprained; injured; hurt; broke; fractured; tore; strained; fainted;
    collapsed; passed out; went down with;
    uses; using; wears; wearing; dropped to; spiked to; went low; ran low;
    is on our schedule; is on the schedule; on our schedule; on the schedule""",
        ";",
    )
)
# Care predicates that open a clinical note's sentence without its subject ("Denies chest
# pain", "Taking montelukast"), about the person the sentence before names.
_NOTE_OPENERS = frozenset(
    # first tokens: "c/o" opens with "c", and _predicate_link checks the rest
    _TOKEN.findall(w)[0]
    for w in _list(
        """taking denies denied reports reported started starts tolerating complains c/o
    presents presented s/p status"""
    )
)
_GERUND_VERBS = frozenset(
    _list("is are was were should can will may must might helps works means lowers raises")
)
_MAX_PRED = max(map(len, _PREDICATES))
_PRED_SET = frozenset(_PREDICATES)
# "the client has reported...", "the patient is on...": the name said again as a role noun.
_THANKED = frozenset({"everyone", "everybody"})
_PRONOUN_SUBJECT = frozenset(
    {"he", "she", "they", "him", "her", "them", "patient", "client", "pt"}
    # contracted, with or without the apostrophe texted mail drops ("shes in the ED")
    | {"he's", "she's", "they're", "hes", "shes", "theyre"}
)
_CONTRACTED_IS = frozenset({"he's", "she's", "hes", "shes"})
_PRONOUN_POSSESSIVE = frozenset({"his", "her", "their"})
_POSSESSIVE = _PRONOUN_POSSESSIVE
# Verbs after which "her" is the one told, not whose ("so send her any allergies or dietary
# needs": the lunch orderer collects others' allergies).
_TOLD = frozenset({"send", "tell", "email", "text", "ask", "remind", "let", "thank", "show"})

# How far the cues read after a name ("'s daughter", ", 67, born", " was seen", ", from").
# Matches at a name's end get this end bound: a name followed by a long run of whitespace
# then costs each cue a constant, not the run's length (or its square, where a cue has two
# whitespace runs it may split between).
_AFTER = 80
# Right after the name: its age, birth date, record number, grade or bed.
_DEMOGRAPHIC_AFTER = re.compile(
    r"\s*(?:(?:was|is|,)\s*)?born\b|"
    r"\s*[,(]\s*(?:(?:age[ds]?|aged)\s*\d|a |an |the )?\s*"
    # (and a school grade: "Khang Davis, 2nd grade, diagnosed by the pediatrician")
    r"(?:\d{1,3}\s*(?:[,)]|y/?o\b|yo\b|-?\s*years?[- ]old|(?:st|nd|rd|th)\s+grade\b|"
    r"-?\s*(?:months?|mos?|weeks?|wks?|days?)[- ]old|"
    # an age in months for a baby ("Liam, 9 months"), in French, Spanish and Portuguese
    # ("Mme Scott, 60 ans", "Sr. Thomas, 62 anos")
    r"months?\s*(?:[,)\n]|$)|ans\b|anos\b|[mf]\b)|"
    # (Tagalog "kaarawan": "ni Ma. Cristina Reyes (birthday: 08/06/2005)")
    r"dob\b|d\.o\.b|born\b|birthday\b|kaarawan\b|grade\s*\d|mrn\b|bed\b|room\b|rm\b|"
    # born, in French, Spanish and Portuguese: "Madame Stephanie Robles, née le ..."
    r"n[ée]e?\s+le\b|nacid[oa]\s+el\b|nascid[oa]\s+em\b|ipinanganak\b|sinh\s+ng[aà]y)|"
    # a handoff's age and sex straight after the name or a dash: "Fields, Lindsay 79F - ...",
    # "Kenneth Pierce - bed 12 - 67F"
    r"(?:\s+|\s*[-\u2013]\s*)\d{1,3}\s?(?:y/?o|yo|yof|yom|[mf])\b|"
    # where the patient lies: "Maria Lopez in 7", "... in bed 12", "... is in room 4112"
    r"(?:\s+(?:(?:is|was|remains)(?:\s+(?:now|still))?\s+)?in|,|\s+[-\u2013])?\s+"
    r"(?:(?:bed|room|rm|bay)\s*\d{1,4}[a-z]?|in\s+\d{1,4}[a-z]?)\b|"
    # a record or booking number in brackets or after "#", as a custody or sick-call list
    # writes it: "Billy Wilson (A418273) is expected to release", "Peterson, Tammy  #250019472"
    r"[ \t]*\([ \t]*(?:[a-z]-?)?\d{6,10}[ \t]*\)|[ \t]+#[ \t]?\d{6,10}\b"
)
# Where an inpatient lies, as hospital staff write it beside the name (case kept: unit codes
# are capitals): "Jason Moreno in MICU 9", "Wong, Anthony in 833-A", "Megan Swanson in CDU
# 14", "Rodney Hale from ED hall 6", "Darika Dass, MICU 9", "(habitacion 305-1)", "hab. 512-A".
# "Tammy Brown in MICU-14". At most three digits after a code ("CEO 2024" is a year), and
# not "PGY-3" (a resident's year) or "MS-3" (a student's).
_UNIT = (
    r"(?:(?!PGY|MS-?\d)(?:[A-Z]{2,5}|\d[A-Z])(?:\s+[Hh]all)?[\s-]?\d{1,3}[A-Z]?(?!\d)|\d{1,2}[A-Z]-\d{1,3}|"
    r"\d{3,4}-[A-Z]|(?:[Hh]ab\.?|[Hh]abitacion|[Cc]ama|[Cc]uarto)\s*\d{1,4}(?:-[A-Z0-9]{1,2})?)"
)
# After a name only: a care home's named hall, apartment or room ("Mrs. Barnes in Cedar 6",
# "Mr. Diaz, Apt 204"), not a date ("in March 6", "on Monday 12"), an office suite or a step.
_HOME_UNIT = (
    r"(?:(?:Apt|Apartment|APT)\.?\s*\d{1,4}[A-Z]?(?!\d)|"
    # a room with its bed letter or a ward by its compass point: "Mr. Cannon (214B)", "(17W"
    r"\d{2,4}-?[A-Z](?![A-Za-z\d])|\d{1,2}[NSEW](?![A-Za-z\d])|"
    # ... or by its bed's side of the room, as dietary and nursing write it: "(116 window)"
    r"\d{2,4}\s(?:window|door)(?![A-Za-z\d])|"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
    r"Suite|Ste|Floor|Route|Highway|Exit|Gate|Building|Bldg|Channel|Page|Level|Week|Day|"
    r"Year|Chapter|Section|Table|Figure|Step|Phase|Stage|Grade|Lot|Order|Ticket|Version)[a-z]*\s)"
    r"[A-Z][a-z]{2,12}\s\d{1,3}[A-Z]?(?![\d/:.,]\d))"
)
_UNIT_AFTER = re.compile(
    rf"(?:\s+(?:in|on|to|from|en|rm)\s+|,\s*|\s*\(\s*|\s+[-\u2013]\s+)(?:the\s+)?"
    rf"(?:{_UNIT}|{_HOME_UNIT})\b"
)
# ... or before it, as a bed board lists them: "MICU 9: Stephenson, Sarah", "RM MICU 9 CODY".
_UNIT_BEFORE = re.compile(rf"\b{_UNIT}\s*[:,-]?\s*$")
# Right after the name, said of a patient: "Brad Frederick was seen in our office today".
_SEEN_AFTER = re.compile(
    r"\s+(?:was|were|has been|had been|is being|is)\s+(?:seen|evaluated|examined|treated|"
    r"admitted|discharged|hospitali[sz]ed)\b"
)
# Said of someone who has died ("arrangements for Debra Marshall, who passed at your facility
# on 8/6. ... the cause of death"): the decedent, whose record the mail is about ("who passed
# the CPC exam" is not).
_DIED_AFTER = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:passed away|died|expired|"
    r"passed(?!\s+(?:the|a|an|his|her|their|its|all|both|every|my|our|this|that|with)\b))\b"
)
# A phone message's slip: the caller, then what they called about ("Crystal Calderon ("Liz")
# called - vomiting since last night", "Ana Ortiz called re: her INR"); a nickname may come
# first.
_CALLED_AFTER = re.compile(
    r"(?:\s+\([\"'\u201c]?[a-z]+[\"'\u201d]?\))?\s+called(?:\s+in|\s+back|\s+again)?"
    r"\s*(?:[-:\u2013\u2014]|about\b|re\b:?|regarding\b|with\b|complaining of\b)\s*"
)
# A call made to the person, then what it was about ("Called Dale Johnson at (454) 555-8319
# re: ED visit 09/06/2026 for ...", "spoke with Ana Ortiz about the INR"): the topic follows
# the name or its number, as in a callback list.
_CALL_OBJECT = re.compile(
    r"\b(?:called|calling|spoke (?:with|to)|talked (?:with|to)|reached|returned (?:the )?call "
    r"to)\s*$"
)
_CALL_TOPIC = re.compile(
    r"(?:\s+(?:at|on)\s+\+?[\d(][\d() .-]{6,18}\d)?\s*,?\s*(?:re\b:?|regarding\b|about\b|"
    r"[-:\u2013])\s*"
)
# Right before the name: "67-year-old", "bed 12 (", "room 4:", "bay 6 is".
_DEMOGRAPHIC_BEFORE = re.compile(
    r"(?:\b\d{1,3}[- ](?:year|yr|month)s?[- ]old(?:\s+[a-z]+)?|"
    r"\b(?:bed|room|rm|bay|ldr|pod|stretcher)\s*[a-z]?\d{1,4}(?:-\d{1,2}|[a-z])?\s*(?:[(:,-]|is\b)?)\s*$"
)
_RELATIONS = (
    "father|mother|dad|mom|mum|son|daughter|husband|wife|partner|spouse|child|kid|baby|"
    "brother|sister|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|aunt|"
    "uncle|niece|nephew|fiance|fiancee|stepson|stepdaughter|stepfather|stepmother|"
    "boyfriend|girlfriend|twin|toddler|newborn|infant|cousin|grandchild|grandbaby|teen|"
    "teenager|stepdad|stepmom|stepchild|godson|goddaughter|neighbor|neighbour|ward"
)
# An age or kind word before the relation ("my older brother", "our 8-year-old son"), and
# "-in-law" after it.
_RELATION_KIND = (
    r"(?:(?:older|younger|little|big|baby|elderly|late|adult|oldest|youngest|eldest|teenage|"
    r"foster|adopted|great-|\d{1,2}[- ](?:year|month)[- ]old)\s*)?"
)
# The same in Spanish, as US families write it (accents folded: "mi mama").
_RELATIONS_ES = (
    r"(?:mi|mis|nuestr[oa]s?|su|sus)\s+(?:mama|madre|papa|padre|hij[oa]s?|espos[oa]|abuel[oa]|"
    r"herman[oa]|ti[oa]|niet[oa]|bebe|nin[oa])|"
    # Portuguese and French, accents folded ("sua mae", "mon fils", "ma fille")
    r"(?:minha|sua)\s+(?:mae|filha|esposa|avo|irma)|(?:meu|seu)\s+(?:pai|filho|marido|avo)|"
    r"mon\s+(?:fils|pere|mari|frere)|ma\s+(?:fille|mere|femme|soeur)|"
    # Polish, Haitian Creole, Vietnamese, Tagalog ("mojego taty", "pitit mwen", "con trai
    # toi", "pamangkin ni"), accents folded
    r"(?:moj(?:a|ego|ej|emu)?|nasz(?:a|ego|ej)?)\s+(?:mama|mamy|mamie|matka|matki|tata|taty|"
    r"tacie|ojciec|ojca|maz|meza|mezem|zona|zony|syn|syna|synek|corka|corki|coreczka|brat|"
    r"brata|siostra|siostry|babcia|babci|dziadek|dziadka|wnuk|wnuka|wnuczka)|"
    r"pitit(?:\s+(?:gason|fi))?(?:\s+mwen)?|manman(?:\s+(?:mwen|m))?|"
    r"(?:papa|mari|fanm|granmoun)\s+(?:mwen|m)|"
    r"con\s+(?:trai|gai)(?:\s+toi)?|(?:me|bo|cha|vo|chong)\s+toi(?:\s+la)?|"
    r"cua\s+(?:ba|ong|co|chu|bac)|"
    # Somali, the possessive joined to the word ("Hooyaday Samantha Caldwell", my mother)
    r"hooyaday|aabahay|wiilkayga|wiilkaygu|gabadhayda|ninkayga|xaaskayga|walaashay|"
    r"walaalkay|ayeeyaday|"
    # Korean in Latin letters ("uri adeuri", our son; "je ttal", my daughter)
    r"(?:uri|je)\s+(?:adeul|adeuri|adeureun|ttal|ttari|ttareun|eomma|appa|namjapyeon)|"
    r"(?:pamangkin|anak|apo|asawa|kapatid|caregiver)(?:\s+po)?(?:\s+ako)?(?:\s+po)?\s+ni|"
    r"\b(?:ni|si|kay)\s+(?:lolo|lola|tita|tito|nanay|tatay|inay|itay)|"
    # a child or spouse writing "daughter of" in Portuguese or Spanish ("Sou Carolyn Kelley,
    # filha de Martin de la Cruz")
    r"(?:filh[oa]|hij[oa]|espos[oa]|marido|net[oa]|niet[oa])\s+de|"
    # a school's letter to "the parents of" the child ("Estimados padres de Ava Lyons:")
    r"(?:padres|pais|parents)\s+d[eu]|"
    # German, Italian and Turkish, accents folded ("mein Vater, John Williamson", "mia
    # madre", "annem"; Turkish joins "my" to the word)
    r"(?:mein|meine|meinem|meiner|meines|unser|unsere|unserem|unserer)\s+(?:vater|mutter|"
    r"sohn|tochter|mann|frau|ehemann|ehefrau|bruder|schwester|oma|opa|kind|grossmutter|"
    r"grossvater|gro\u00dfmutter|gro\u00dfvater)|"
    r"(?:mio|mia)\s+(?:padre|madre|figlio|figlia|marito|moglie|fratello|sorella|nonna|nonno|"
    r"papa|mamma|suocera|suocero)|"
    r"\b(?:annem|babam|oglum|kizim|k\u0131z\u0131m|esim|kocam|karim|kar\u0131m|"
    r"annemin|babamin|babam\u0131n|oglumun|kizimin|k\u0131z\u0131m\u0131n)|"
    # a parent named in brackets or by "is" ("Dad (Erik Miller)", "Dad is Regina Nunez")
    r"(?:mom|dad|mum|grandma|grandpa|nana|papa|gran|granny)\s*(?:\(|\bis\b)|"
    # Arabic in Latin letters, "my" joined to the word ("Walidi Abdullah Al-Mansouri")
    r"\b(?:walidi|walidati|ommi|ummi|ibni|binti|zawji|zawjati|akhi|ukhti|jaddi|"
    r"jaddati)"
)
# "my father Maria Lopez", and the writer's tie to the patient as a signature states it
# ("Thomas Robinson (daughter of Maria Lopez)", "caregiver for Maria Lopez").
_RELATION_BEFORE = re.compile(
    rf"\b(?:(?:my|our|your|his|her|their)\s+{_RELATION_KIND}(?:{_RELATIONS})(?:-in-law)?|"
    rf"{_RELATIONS_ES}|"
    rf"(?:{_RELATIONS}|parents?|caregiver|guardian|poa|health ?care proxy) (?:of|for)|"
    # ... or opening a form field's value: "Caller: dad, Eric Johnson"
    rf"(?:^|\n|:)[ \t]*(?:{_RELATIONS}))\s*,?\s*$"
)
# The person a legal or insurance matter is about, named by their part in it ("a treating
# physician of the plaintiff, Michael Beck. Dr. Garcia performed electroconvulsive therapy"):
# the care told near it is theirs, as a relative's is the patient's. Not a defendant (in a
# malpractice case, the clinician) nor an applicant (for a job as often as for a policy).
# Also whose chart a records request is for ("I processed an attorney request for Karen
# Cruz ... notes from the addiction medicine clinic"): the records are that patient's.
_PARTY_BEFORE = re.compile(
    r"\b(?:plaintiff|claimant|decedent|insured|petitioner|our client|your client|my client|"
    r"(?:records?|chart|attorney|roi|subpoena)\s+requests?\s+(?:for|on))"
    r"\s*,?\s*$"
)
# ("Andrea Scott-ui eomma Amber Jackson": Korean's possessive "-ui" before mother or father)
_RELATION_AFTER = re.compile(
    rf"(?:'s|\u2019s)\s+(?:{_RELATIONS})\b|-ui\s+(?:eomma|appa|eomeoni|abeoji|adeul|ttal)\b"
)
# The name as the object of care. "for" only reaches health terms in its own sentence.
_CARE_OBJECT = re.compile(
    r"\b(?:check(?:ed|ing)? (?:on|in on)|see|saw|seen|visit(?:ed|ing)?|discharg(?:e|ed|ing)|"
    r"admit(?:ted|ting)?|transfer(?:red|ring)?|transport(?:ed|ing)?|refer(?:red|ring)?|"
    r"treat(?:ed|ing)?|examin(?:e|ed|ing)|brought in|bring(?:ing)? in|regarding|re:?|on behalf of|"
    # where care is taken to ("Comfort kit delivered to the home of Samuel Anderson")
    r"(?:the )?home of|"
    r"excuse|excused|accompanied|represents?|representing|claimant|injured worker|"
    # the person an employer, insurer or firm writes about ("Our employee Teresa Ward")
    r"(?:our|my|your)\s+(?:employee|client|claimant|insured|worker|associate))"
    r"\s*[:,]?\s*(?:(?:mr|mrs|ms|miss)\.?\s+)?$"
)
_FOR_OBJECT = re.compile(r"\bfor\s*$")
# A prescriber's verb with the name as its object and the drug after "on" or "to" ("Started
# Kevin Marshall on buprenorphine", "switched Mrs. Hale to apixaban").
_STARTED_BEFORE = re.compile(
    r"\b(?:start(?:ed|ing)?|restart(?:ed|ing)?|switch(?:ed|ing)?|initiat(?:e|ed|ing)|"
    r"titrat(?:e|ed|ing))\s+(?:(?:mr|mrs|ms|miss)\.?\s+)?$"
)
_STARTED_AFTER = re.compile(r"\s+(?:on|to)\s")
_NAME_LABEL = re.compile(r"[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?:[ \t]*")
_ADD_OBJECT = re.compile(r"\badd(?:ed|ing)?\s*(?:(?:mr|mrs|ms|miss)\.?\s+)?$")
# "my colonoscopy", "I have lupus", "I have been taking Plavix": at most two words between
# the cue and the term.
_FIRST_PERSON = re.compile(
    r"\b(?:my|i have|i've had|i had|i'm on|i am on|i was on|i've been on|i take|i'm taking|"
    r"i am taking|i was diagnosed with|i've been diagnosed with|i got|i'm having|i am having|"
    # Spanish: "tengo epilepsia", "mi presion", "estoy tomando", "me diagnosticaron"
    r"tengo|tuve|mi|mis|estoy tomando|tomo|me diagnosticaron(?: con)?|me hicieron(?: una?)?)"
    r"\s+((?:[a-z0-9'-]+\s+){0,2})$"
)
# A medicine the writer gives out, as pharmacies and clinics lend each other stock ("I can
# send back Trulicity 1.5 next week", "we'll ship 4 pens"): the writer's stock, not their care.
_GIVES = re.compile(
    r"\b(?:i|we)(?:'ll| will| can| could| would|'d| are able to| am able to)?\s+"
    r"(?:send|ship|spare|lend|loan|transfer|swap|trade)(?:\s+(?:back|over|out|you))?\s+"
    r"((?:[a-z0-9.'-]+\s+){0,2})$"
)
# A family member's health told by the writer ("my son ... started the amoxicillin"): the
# writer who signs (or is quoted) identifies the patient.
_FAMILY = re.compile(
    # not a condition ("if my son has a fever", "si su hijo tiene fiebre": a school notice)
    rf"(?<!\bif )(?<!\bsi )\b(?:(?:my|our)\s+(?:{_RELATIONS})|{_RELATIONS_ES})\b(?:'s)?"
    r"[^.!?\n]{0,80}$"
)
# The same said to the reader ("your A1c", "you were diagnosed with", "we started you on"):
# about the person the message greets.
_SECOND_PERSON = re.compile(
    # (Spanish "tu/tus"; "su/sus" below: "Hola Susan: su prueba de sifilis ...")
    r"\b(?:your|tu|tus|you have|you've had|you had|you're on|you are on|you were on|"
    r"you take|"
    r"you're taking|you are taking|you were diagnosed with|you've been diagnosed with|"
    # Spanish formal "you": "usted tiene diabetes tipo 2", "le diagnosticaron asma"
    r"usted tiene|usted padece(?: de)?|usted sufre de|le diagnosticaron|le recetaron|"
    r"we (?:started|prescribed|increased|decreased|stopped|changed|adjusted|refilled|ordered|"
    r"scheduled|recommend|recommended)(?: you(?: on)?)?|"
    # "you're on our waitlist for a bone density scan", "we have you down for"
    r"(?:you're|you are|you've been|you have been|you were|we have you)\s+(?:now\s+)?"
    r"(?:scheduled|booked|due|overdue|referred|approved|cleared|authorized|down|"
    r"on (?:our|the) (?:wait ?list|waiting list|list))\s+for|"
    # "Dr. Hunter wants to see you for a thyroid biopsy", "we can fit you in for"
    r"(?:see|book|schedule|fit|bring) you(?: in| back)? for|"
    # "You tried to book a follow-up visit online", "you requested an MRI"
    r"you(?: tried to| want to| wanted to| asked to)? (?:book|booked|schedule|scheduled|"
    r"request|requested)|"
    # Partner notification, told to the exposed reader: "someone you had contact with was
    # diagnosed with syphilis", "una persona con quien usted tuvo contacto recientemente fue
    # diagnosticada con ...", "you may have been exposed to TB"
    # (from "you" or "usted": the cue is read at most 60 characters before the term)
    r"(?:you|usted)\s+(?:had|have had|tuvo|ha tenido)\s+(?:sexual contact|sex|contact|contacto|"
    r"relaciones(?: sexuales)?)(?:\s+with)?(?:\s+(?:recently|recientemente))?\s+"
    r"(?:was|has been|fue|ha sido)\s+(?:diagnosed with|diagnosticad[oa] con)|"
    r"(?:you|usted)\s+(?:may have been|might have been|were|have been|pudo haber estado|"
    r"pudo haber sido|estuvo|ha estado|fue)\s+(?:exposed to|expuest[oa] a))"
    r"\s+((?:[a-z0-9'-]+\s+){0,2})$|"
    # Spanish, Portuguese and French "your" and "you", where "de" joins the words more often:
    # "su ultimo resultado de hemoglobina", "sua consulta de pre-natal", "voce estara com
    # 40w2d", "votre rendez-vous de suivi"
    r"\b(?:su|sus|sua|suas|seu|seus|voce|votre|vos)\s+((?:[a-z0-9'-]+\s+){0,3})$"
)
# The term as what the reader had or received, in a clause after it ("the home sleep apnea
# test device you picked up", "the MRI you had on Monday"): the reader's own care. A word
# between only if it is what a patient takes home (not "the sleep study analyzers you got").
_YOU_AFTER = re.compile(
    r"[ \t]+(?:(?:device|devices|kit|kits|monitor|machine|results?|report|supplies)[ \t]+)?"
    r"(?:that[ \t]+|which[ \t]+)?you[ \t]+(?:had|have had|got|received|"
    r"picked up|took|wore|completed|were given|are wearing|are using)\b"
)
# "your biopsy", "your new inhaler": the reader's own care, at most one word between.
_YOUR_TERM = re.compile(r"\byour\s+(?:(?:new|recent|latest|last|next|upcoming)\s+)?$")
# A care instruction to the reader as a line of its own ("- Stop the Gonal-f", "Tonight at
# 9:30 pm: trigger with Ovidrel", "Please take the amoxicillin"): the reader's own care.
_INSTRUCTION = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?(?:[^\n]{0,40}?:[ \t]*)?(?:please\s+)?"
    r"(?:take|stop|start|continue|hold|resume|inject|apply|trigger with|increase|decrease|"
    r"restart)\s+(?:taking\s+|using\s+)?(?:the\s+|your\s+)?((?:[a-z'-]+\s+){0,1})$"
)
# A name opening its line (after an honorific: "Sr. Richardson:"), then a comma: the salutation
# ("Maria Lopez,\nThis is a reminder").
# (and a military rank before a surname: "SSgt Jackson,", honorific_name's ranks)
_LINE_START = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:mr|mrs|ms|miss|mx|sr\./sra|sr|sra|srta|pvt|pfc|spc|cpl|sgt|ssg|sfc|"
    r"msg|ssgt|tsgt|msgt|lcpl|capt|cpt|lt|maj)\.?\s+)?$"
)
# ... or opening a line of its own words ("Benjamin, Dr. Hunter wants to see you").
# (Mandarin in pinyin puts the courtesy title after the name: "Kelly Maxwell nushi, nin hao")
_VOCATIVE_END = re.compile(r"(?:[ \t]+(?:nushi|xiansheng))?[ \t]*(?:[,:][ \t]*\r?(?:\n|$)|,[ \t])")
# A name alone on its line ("BRANDON CARRILLO"), and the sign-offs that make such a name the
# writer's ("Thanks,\nMarie Rocha").
_LINE_END = re.compile(r"[ \t]*\r?(?:\n|$)")
_ROW = 400
# "dx" or "diagnosis:" right before a health term, two words between at most ("dx left wrist
# sprain"), not "dx of" or "dx and" (a talk's title: "dx and management of lupus").
_DX_BEFORE = re.compile(r"\b(?:dx|diagnosis)\s*:?\s+(?:(?!of\b|and\b)[a-z]+\s+){0,2}$")
# Where care was given and the work it allows, said on the way to a diagnosis ("back from
# the clinic with a note - 4-hour shifts only").
_DX_ASIDE = frozenset(
    ("clinic", "clinics", "office", "unit", "department", "practice", "shift", "shifts")
)
# A column break in a table rendered to text: a bar, a tab, or three spaces or more.
_CELL_AFTER = re.compile(r"[ \t]*\|[ \t]*[^\s|]|[ \t]*\t[ \t]*\S|[ ]{3,}\S")
# Two spaces are a column break too where the name's own cell was opened by one ("Obs 1
# Stephanie Moreno  CIWA 14 at 2300"), or the name opens its line: not prose's double space.
_TWO_AFTER = re.compile(r"  \S")
_CELL_BEFORE = re.compile(r"(?:^|\n)[ \t]*$|\S  $")
# A list under a heading ("Vaccinated (Havrix dose 1):\n\n  Mcconnell, Brandon   0087715"):
# the name opens its line (after a bullet or a number), the heading is the nearest line above
# ending in a colon, and only short lines lie between.
_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022]|\d{1,2}[.)])?[ \t]*$")
_LIST_LINES = 12
_LIST_LINE = 100
_SIGN_OFF_BEFORE = re.compile(
    r"(?:thanks|thank you|regards|sincerely|best|cheers|warmly|respectfully|yours|love|"
    r"wishes|--|\u2014)[ \t!,.]*\r?\n[ \t\r\n]*$"
)
_GREETING_BEFORE = re.compile(
    r"\b(?:hello|hi|hey|dear|good (?:morning|afternoon|evening)|greetings|congratulations|"
    # Spanish letters greet "Estimado/a Adam Brown:", "Querida Ana"
    r"congrats|hola|estimad[oa](?:/a|\(a\))?|querid[oa](?:/a|\(a\))?|"
    # Portuguese and French ("Ola, Aahana Dash!", "Prezada Ana", "Bonjour Mme Scott")
    # (and "Oi", "Olá" with its accent, as Brazilian clinics write)
    r"ola|ol\u00e1|oi|prezad[oa]|bonjour|cher|chere|madame|monsieur|"
    # Vietnamese, accents folded ("Kinh gui ong/ba Michael Robinson", "Xin chao chi Lan")
    r"kinh gui|xin chao|"
    # German, Italian, Polish, Turkish and Arabic in Latin letters ("Sehr geehrte Frau
    # Keller", "Gentile Sig.ra Rossi", "Dzien dobry Pani Brett", "Merhaba Ayse", "Marhaba")
    r"sehr geehrte|sehr geehrter|guten tag|liebe|lieber|hallo|gentile|gentilissim[oa]|"
    r"buongiorno|salve|dzien dobry|szanown[ay]|merhaba|sayin|marhaba|ahlan)\s*,?\s*"
    # an honorific between: "Dear Mr. Hayes", "Estimada Sra. Romero", "Bonjour Mme Scott"
    r"(?:(?:mr|mrs|ms|miss|mx|sr\./sra|sr|sra|srta|mme|mlle|ong/ba|ong|ba|anh/chi|anh|chi|"
    r"frau|herr|herrn|sig\.ra|sig|signora|signor|pani|pan|panie)"
    r"\.?\s+)?$"
)
# A notice's addressee on a line of its own label ("To: Jennifer Barton\n ... Your annual
# audiogram"): greeted, as "Dear" greets.
_ADDRESSEE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:to|attn|attention|para)[ \t]*:[ \t]*$")
# The writer naming themself ("hi, this is Maria Lopez", "its Patrick again", "my name is"),
# not a caller from somewhere ("this is Maria Lopez from Acme", "... with Acme").
# (Spanish: "hola soy Anthony Stewart", "me llamo", "mi nombre es"; Portuguese, accents
# folded: "meu nome e", "me chamo".)
_SELF_INTRO = re.compile(
    r"\b(?:this is|it's|its|it is|my name is|i am|i'm|soy|me llamo|mi nombre es|meu nome e|"
    # (Tagalog: "Ako po si Julie Flores")
    r"me chamo|ako po si|ako si|je m'appelle|je m\u2019appelle|mon nom est|je suis|"
    # (Mandarin and Korean in Latin letters: "Wo shi Monica Cortez", "jeoneun ...")
    r"wo shi|wo jiao|jeoneun|"
    # (Somali "Waxaan ahay Dawn Sawyer", I am)
    r"waxaan ahay|magacaygu waa|"
    # (Levantine Arabic in Latin letters: "ana John Dixon", "ismi ...", I am, my name is)
    r"ana|ismi|esmi|ana ismi|ana esmi)\s*$"
)
_NOT_SELF = re.compile(r"\s*(?:,\s*)?(?:from|with|at|of|calling from|here from|on behalf)\b")
# A sentence about what may be ("if your child has asthma", "ask whether your plan covers").
# "your", and Spanish's "su"/"tu" (to a reader greeted by name, the formal "your"),
# French "votre"/"vos" and Portuguese "sua"/"seu" ("por causa da sua esclerose multipla").
# (and Mandarin "nin" in pinyin, the polite "you": "nin de NIPT jieguo", your NIPT result)
_YOUR = frozenset(
    {"your", "su", "sus", "tu", "tus", "votre", "vos", "sua", "suas", "seu", "seus", "nin"}
)
# Someone named by first name alone after a preposition, in English, Spanish, Portuguese or
# French ("an update on Chloe", "o aparelho de Ethan"): not a full name (found as one), not
# a month's day ("on June 3").
_DEPENDANT = re.compile(
    r"\b(?:on|for|about|of|de|do|da|pour)[ \t]+([A-Z][a-z]{1,15})\b(?![ \t]*[A-Z\d])"
)
# Vietnamese puts "your" after the noun ("tiem thuoc vao mat trai (Eylea) cua ong/ba", the
# injection into your left eye), accents folded.
# Mandarin in pinyin, "wo" with a verb or "de" ("wo you yixing tangniaobing", I have type 1
# diabetes; "wo de dianhua"): not "WO" alone, a work order.
_FIRST_PERSON_PINYIN = re.compile(r"\bwo (?:you|de|shi|zai|yao|xuyao|bei|de le|hen)\b")
# Turkish joins "your" to the noun as a suffix ("operasyonunuz", your operation;
# "doktorunuzun", your doctor's), dotless i folded or not; no case ending after it, which
# would take English "-nize" ("organize").
_TR_VOWEL = "[i\u0131u\u00fc]"
_YOUR_TR = re.compile(
    rf"\b[a-z\u0131]{{3,}}(?:{_TR_VOWEL}n{_TR_VOWEL}z|n{_TR_VOWEL}z)(?:{_TR_VOWEL}n)?\b"
)
# French "je" ("je me suis tordu la cheville"), as written: "JE" in capitals is a vaccine
# (Japanese encephalitis: "JE low, rabies OK").
_FIRST_PERSON_JE = re.compile(r"\b[Jj]e\b")
_YOUR_VI = re.compile(r"\bcua (?:ong|ba|anh|chi|quy vi)\b")
_HYPOTHETICAL = frozenset({"if", "whether", "unless", "should", "may", "might", "could"})
_FIRST_PERSON_WORDS = frozenset(
    # ... and in Spanish and Portuguese, where a verb says it alone ("tenho crises de
    # ansiedade"); not "mi" (also a myocardial infarction) nor "yo" (Haitian Creole's
    # plural: "timoun yo", the children).
    {"i", "my", "me", "i'm", "i've", "im", "ive", "mine", "myself"}
    | {"eu", "meu", "minha", "tengo", "tenho", "estoy", "estou"}
    # Tagalog "ako" (I) and "ko" (my: "chest X-ray ko")
    | {"ako", "ko"}
    # French "j'ai" ("j'ai mal au dos"); "je" is _FIRST_PERSON_JE. Not "ma" or "mes", nor
    # "moi" (Vietnamese "moi nguoi", everyone, with its accents folded)
    | {"j'ai"}
    # Arabic in Latin letters, "3andi" (I have: "3andi fa2r dam", I have anaemia)
    | {"3andi", "3indi"}
)
# A record's labelled health field, at the start of a line or sentence ("Dx: ...", "Reason for
# referral (from Dr. Lee): ...", "Dx on the auth is ..."): about the person the record is of.
_LABEL = re.compile(
    r"(?:^|\n|[.!?;]\s)[ \t]*(?:[-*\u2022][ \t]*)?"
    r"(?:(?:principal|primary|secondary|admitting|discharge|working|new)\s+)?"
    r"(?:dx|diagnos[ie]s|reason for (?:referral|visit|consult|admission|call)|indication|"
    r"chief complaint|cc|hx|history|impression|assessment|problem list|problems|"
    # a referral form's field ("Health condition\n\nearly dementia")
    r"(?:health|medical) conditions?|"
    r"allerg(?:y|ies)|medications?|medicines?|meds|rx|orders?|concerns?|"
    # a booking's fields ("Visit: follow-up visit", "Reason: a positive FIT test")
    r"reason|visit|visit type|appointment type|appt type|procedure|exam|"
    # a recall list's entry ("Pending treatment: LASIK", "Medical alert: long COVID")
    r"(?:pending |planned )?treatment|treatment plan|medical alerts?|health history)"
    # The value after a colon, "is", or on the next line (a form's cells), a few words in
    # ("Reason for visit: Telehealth: anxiety follow-up", "Medication check - depression").
    r"\b[^:\n.!?]{0,30}?(?:\s*:|\s+is|\s+was|[ \t]*\r?\n)\s*(?:[a-z'-]+[:,]?\s+|-\s+){0,3}$"
)
# (After a dash, colon or parenthesis two words may come first: "Jeremy Wade (a
# full-thickness rotator cuff tear)", "Jenna Smith - positive for EtG"; after a comma only
# one: "dona Widisha Ratti, falou sobre febre" is a verb phrase.)
_APPOSITION = re.compile(
    r"\s*(?:,\s*(?:[a-z'-]+\s+)?|(?::|\(|\s[-\u2013\u2014]|[-\u2013\u2014])\s*"
    # (a reading may come first in a log: "Michael Hayes - 182/110, no BP meds")
    r"(?:[a-z'-]+\s+|\d{2,3}/\d{2,3},?\s+){0,2})$"
)


# A bracketed aside right after a name: "(the Emergency Department)", "(emp #166118)".
_ASIDE = re.compile(r"[ \t]*\((?:[^()\n]|\([^()\n]{0,8}\)){1,40}\)")  # "((386) 555-9246)"
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _topic(low: str, s: int, e: int) -> bool:
    """Whether the two words after a health term at [s, e) name a job, body or event
    (_TOPIC_AFTER), in the term's own sentence ("asthma. Our book club" is not one). After
    "your", a record of the reader's own care is not ("your CPAP usage report"), nor is what
    the reader had or received ("the sleep test device you picked up"), nor after "my" (the
    writer's own: "my physical therapy sessions")."""
    if _YOU_AFTER.match(low, e, e + 48):  # "the sleep test device you picked up"
        return False
    stop = _SENTENCE_END.search(low, e, e + 24)
    end = stop.start() if stop else e + 24
    # Nor past a comma: "eczema, lead level neg" is a list of findings, not an eczema lead.
    comma = low.find(",", e, end)
    after = _TOKEN.findall(low, e, end if comma < 0 else comma)[:2]
    if _TOPIC_AFTER.isdisjoint(after):
        return False
    # Where it happened, not what it is about ("rolled L ankle @ practice", "fainted at
    # practice", "during practice").
    if _AT_PLACE.match(low, e):
        return False
    return not (
        (_YOUR_TERM.search(low, max(0, s - 20), s) or _MY_TERM.search(low, max(0, s - 24), s))
        and _TOPIC_AFTER.intersection(after) <= _OWN_RECORD
    )


_AT_PLACE = re.compile(r"[ \t]*(?:@|at|during|after|before)[ \t]+(?:the[ \t]+)?practice\b")
_OPEN_QUOTES = "'\"\u2018\u201c"
_CLOSE_QUOTES = "'\"\u2019\u201d"


def _quoted(low: str, s: int, e: int) -> bool:
    """Whether the term at [s, e) is the whole of a quotation ('your prescription')."""
    return (
        s > 0
        and low[s - 1] in _OPEN_QUOTES
        and (s == 1 or not low[s - 2].isalnum())
        and low[e : e + 1] in _CLOSE_QUOTES
        and (e + 1 == len(low) or not low[e + 1].isalnum())
    )


def demographic_after(low: str, e: int) -> bool:
    """Age, sex, a birth date or a bed right after a name ending at e ("Donna Best (49)",
    "Jensen, Amanda 26F"): how records and handoffs write a patient."""
    return bool(_DEMOGRAPHIC_AFTER.match(low, e, e + _AFTER))


# ... or their home address, after a comma ("a personal check from Julie Wilson, 8139
# Ashley Mews", "the attorney for Benjamin Wright, 49959 Stacy Estates").
# ... or "at" one, as a delivery is addressed ("a Hoyer lift to Ashley Collins at 533
# Andrews Vista tomorrow").
_ADDRESS_AFTER = re.compile(
    r"(?:,|[ \t]+at)[ \t]*\d{1,6}[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}\b"
)


def unit_after(text: str, e: int) -> bool:
    """A hospital unit and bed right after a name ending at e ("Jason Moreno in MICU 9"),
    or a home address ("Julie Wilson, 8139 Ashley Mews")."""
    return bool(_UNIT_AFTER.match(text, e, e + _AFTER) or _ADDRESS_AFTER.match(text, e, e + _AFTER))


# Right before a name: a prescription made out to them ("Rx for Bonnie Williamson is ready",
# "La receta de Deborah Santiago"), or their room ("Room 214 - Kathy Best").
_DISPENSED_FOR = re.compile(
    r"\b(?:rx|rxs|prescriptions?|refills?|medications?|meds|recetas?|medicinas?|"
    r"medicamentos?)\s+(?:for|de|para)\s+(?:(?:mr|mrs|ms|miss|sr|sra)\.?\s+)?$"
)


def placed_before(text: str, low: str, s: int) -> bool:
    """A bed, room or unit, or a prescription made out to the person, right before a name
    starting at s: said of a patient even where a pharmacy or staff word is near."""
    before = low[max(0, s - 40) : s]
    return bool(
        _DEMOGRAPHIC_BEFORE.search(before)
        or _DISPENSED_FOR.search(before)
        or _UNIT_BEFORE.search(text, max(0, s - 24), s)
    )


def tied_term(low: str, e: int, health: Sequence[tuple[int, int]]) -> bool:
    """A health term tied to the name ending at e by its grammar, within a few words: owned
    ("Cameron Thompson's restaging scan"), in brackets after it ("Margaret York (TKA with
    ..."), or the object of a care predicate right after it ("Zachary Miller took his
    weekly Ozempic"). Said of a patient even where a staff word is near. ``health``: the
    part's health terms, sorted."""
    i = bisect.bisect_left(health, (e, e))
    if i == len(health) or health[i][0] > e + 40:
        return False
    hs = health[i][0]
    if low.startswith(("'s", "\u2019s", " ("), e):
        words = _tokens(low, e + 2, hs)
        return len(words) <= 2 and _clean(words)
    # The predicate straight after the name, then the term or "his/her/their" ("took his
    # weekly Ozempic"; not "started the unit's DVT education program").
    words = _tokens(low, e, hs)
    k = _predicate_at(words, 0) if words else 0
    rest = words[k:]
    return bool(k) and len(rest) <= 3 and (not rest or rest[0] in _POSSESSIVE) and _clean(words)


def _tokens(low: str, a: int, b: int) -> list[str]:
    return _TOKEN.findall(low, a, b)


def _breaks(text: str) -> list[int]:
    """Offsets where sentences end (just past the break), in order."""
    out: list[int] = []
    for m in _BREAK.finditer(text):
        if m.group() == "\n":
            line = text.rfind("\n", 0, m.start()) + 1
            if m.start() - line >= _WRAPPED_LINE and text[m.end() : m.end() + 1] not in "\n":
                continue  # a soft-wrapped line of a paragraph
        out.append(m.end())
    return out


def _predicate_at(words: Sequence[str], i: int) -> int:
    """Tokens the longest care predicate starting at words[i] spans (0: none). One word may
    stand inside a phrase ("called again about", "is still on")."""
    for k in range(_MAX_PRED, 0, -1):
        if tuple(words[i : i + k]) in _PRED_SET:
            return k
        if k > 1 and (words[i], *words[i + 2 : i + k + 1]) in _PRED_SET:
            return k + 1
    return 0


def _predicate_link(words: Sequence[str], max_before: int = 3, max_after: int = 4) -> bool:
    """A care predicate within ``max_before`` words, then the term within ``max_after``."""
    for i in range(min(max_before, len(words) - 1) + 1):
        k = _predicate_at(words, i)
        if k:
            if len(words) - (i + k) > max_after:
                return False
            return not _OTHERS.intersection(words[:i])
    return False


def _clean_predicate(words: Sequence[str]) -> bool:
    """``_clean(words) and _predicate_link(words)``, but a work word inside the predicate
    itself is no topic ("Teresa Pacheco is on our schedule Thursday for sclerotherapy")."""
    for i in range(min(3, len(words) - 1) + 1):
        k = _predicate_at(words, i)
        if k:
            return len(words) - (i + k) <= 4 and _clean(words[:i]) and _clean(words[i + k :])
    return False


# A chat export's timestamp just before a name: the name is who speaks.
_SPEAKER = re.compile(r"\[[\d/ .:-]{4,24}(?: ?[ap]\.?m\.?)?\] ?$", re.I)
_COORDINATORS = frozenset({"and", "but", "then"})


def _coordinated(words: Sequence[str], term: Sequence[str]) -> bool:
    """A second verb of the name's sentence opens with a care predicate ("Kyle Ross missed
    practice and has a concussion", "... waived the school plan but went to the ER"): after
    "and", "but" or "then", a few words past the name, or the term opening with one."""
    for j in range(len(words) - 1, 0, -1):
        if words[j] in _COORDINATORS:
            if j > 6:
                return False
            rest = words[j + 1 :]
            if rest[:1] == ["then"]:
                rest = rest[1:]
            return _predicate_link(rest, 0) if rest else bool(term and _predicate_at(term, 0))
    return False


def _clean(words: Iterable[str]) -> bool:
    return _WORK.isdisjoint(words) and _OTHERS.isdisjoint(words)


class Links:
    """One part's text and health terms; ``linked`` asks about one name."""

    def __init__(
        self,
        text: str,
        low: str,
        health: Iterable[tuple[int, int]],
        names: Iterable[int] = (),
        first_names: frozenset[str] = frozenset(),
    ) -> None:
        """``low``: the text lower-cased with its offsets unchanged; ``names``: where the
        part's names start (a pronoun after the next one may stand for that one);
        ``first_names``: the census list, for a child named by first name alone."""
        # A chat export's speaker ("[08:53] Christian Simon: her week 9 CT is booked") is not
        # whom the pronouns after it stand for: only the names said in the messages are.
        self.names = sorted(n for n in names if not _SPEAKER.search(text, max(0, n - 24), n))
        self.first_names = first_names
        self.text = text
        self.low = low
        # A health term naming the subject of some work ("the diabetes walk", "an asthma
        # study", "the A1c analyzer") is a topic, not anyone's health.
        # Nor is one quoted on its own ("will say 'your prescription' instead"): a mention
        # of the words, as copy under review is discussed.
        self.health = sorted(
            (s, e) for s, e in health if not _topic(low, s, e) and not _quoted(low, s, e)
        )
        self.starts = [s for s, _ in self.health]
        # Whether each health term (by start) is stated in the first or second person,
        # decided when a name first asks about a term near it: a long part of health terms
        # with one name in it tokenises one window, not every term's sentence.
        self._first: dict[int, bool] = {}
        self._second: dict[int, bool] = {}
        self._labelled: list[int] | None = None
        self._fiction: list[int] | None = None
        self._paragraphs: list[int] = []
        self._ends: list[int] | None = None

    def terms(self, a: int, b: int) -> list[tuple[int, int]]:
        """Health terms lying within [a, b)."""
        i = bisect.bisect_left(self.starts, a)
        out = []
        while i < len(self.health) and self.health[i][0] < b:
            if self.health[i][1] <= b:
                out.append(self.health[i])
            i += 1
        return out

    def _stated(self, rx: re.Pattern[str], hs: int, own: str = "") -> bool:
        """Whether ``rx`` (ending at the term) introduces the health term at ``hs``, or the
        term begins with ``own`` itself (the care term "your prescription")."""
        low = self.low
        if own and low.startswith(own, hs):
            return True
        m = rx.search(low, max(0, hs - 60), hs)
        # The words between are the last group that took part (a pattern may have one per
        # branch).
        return bool(m and _clean(m.group(m.lastindex or 0).split()))

    def _any_near(
        self, said: dict[int, bool], test: Callable[[int], bool], s: int, chars: int
    ) -> bool:
        """Whether ``test`` holds for a health term starting within ``chars`` of s; each
        term's answer is kept in ``said`` for the next name."""
        i = bisect.bisect_left(self.starts, s - chars)
        while i < len(self.starts) and self.starts[i] <= s + chars:
            hs = self.starts[i]
            if hs not in said:
                said[hs] = test(hs)
            if said[hs]:
                return True
            i += 1
        return False

    def first_person_near(self, s: int, chars: int) -> bool:
        """A first-person health statement ("my colonoscopy", "my son started the
        amoxicillin") within ``chars`` of s."""
        return self._any_near(self._first, self._first_person_term, s, chars)

    def _first_person_term(self, hs: int) -> bool:
        if _GIVES.search(self.low, max(0, hs - 60), hs):
            return False
        return (
            self._stated(_FIRST_PERSON, hs)
            or bool(_FAMILY.search(self.low, max(0, hs - 100), hs))
            # "the Qvar is making me feel weird": a first-person sentence about no work.
            or self._first_person_sentence(hs)
        )

    def _sentence_span(self, hs: int) -> tuple[int, int]:
        """Where the sentence holding offset ``hs`` starts and ends."""
        if self._ends is None:
            self._ends = _breaks(self.text)
        i = bisect.bisect_right(self._ends, hs)
        a = self._ends[i - 1] if i else 0
        b = self._ends[i] if i < len(self._ends) else len(self.low)
        # Read at most _SENTENCE_CHARS either side, cut at a space: text with no sentence
        # break (5 MB on one line) would otherwise be tokenised whole for every health term
        # in it (37 terms took 5 s). Prose sentences are far shorter.
        if hs - a > _SENTENCE_CHARS:
            cut = self.low.find(" ", hs - _SENTENCE_CHARS, hs)
            a = cut + 1 if cut >= 0 else hs - _SENTENCE_CHARS
        if b - hs > _SENTENCE_CHARS:
            cut = self.low.rfind(" ", hs, hs + _SENTENCE_CHARS)
            b = cut if cut >= 0 else hs + _SENTENCE_CHARS
        return a, b

    def _sentence(self, hs: int) -> list[str]:
        """The words of the sentence holding offset ``hs``."""
        return _tokens(self.low, *self._sentence_span(hs))

    def _first_person_sentence(self, hs: int) -> bool:
        """Whether the sentence holding offset ``hs`` is in the first person and names no
        work and no other people ("I see patients with diabetes"). "Everyone" counts only
        just before the term ("everyone with asthma"), not in thanks ("thank you Dr. Bailey
        and everyone for getting me through the PEG tube")."""
        words = self._sentence(hs)
        span = self._sentence_span(hs)
        if (
            _FIRST_PERSON_WORDS.isdisjoint(words)
            and not _FIRST_PERSON_PINYIN.search(self.low, *span)
            and not _FIRST_PERSON_JE.search(self.text, *span)
        ):
            return False
        k = len(_tokens(self.low, self._sentence_span(hs)[0], hs))
        return _clean([w for w in words if w not in _THANKED]) and _clean(words[max(0, k - 3) : k])

    def tells_reader(self) -> bool:
        """Whether the part names the reader's own care ("Your biopsy", "your MRI results"):
        a Subject that does is about the person the body greets. Narrower than the body's
        rule (second_person_near): "Your guide to heart health" names no one's care."""
        return any(_YOUR_TERM.search(self.low, max(0, hs - 30), hs) for hs, _he in self.health)

    def _received_by_reader(self, hs: int) -> bool:
        """The term at ``hs`` is what the reader had or received (_YOU_AFTER)."""
        i = bisect.bisect_left(self.starts, hs)
        if i == len(self.health) or self.health[i][0] != hs:
            return False
        he = self.health[i][1]
        return bool(_YOU_AFTER.match(self.low, he, he + 48))

    def _second_person_sentence(self, hs: int) -> bool:
        """Whether the sentence holding offset ``hs`` tells the reader about their own care
        ("Your pathology is back from the shave biopsy", "la bomba de su tratamiento (IV
        cefazolin)"): "your", no condition ("if your child has asthma"), about no work."""
        words = self._sentence(hs)
        span = self._sentence_span(hs)
        if (
            _YOUR.isdisjoint(words)
            and not _YOUR_VI.search(self.low, *span)
            and not _YOUR_TR.search(self.low, *span)
        ):
            return False
        return _HYPOTHETICAL.isdisjoint(words) and _clean(words)

    def labelled_after(self, s: int, e: int, chars: int) -> bool:
        """A labelled health field ("Dx: ...") within ``2 * chars`` after the name, with no
        other name between (or the name is the part's first: the record's subject)."""
        if self._labelled is None:
            low = self.low
            self._labelled = [
                hs for hs, _ in self.health if _LABEL.search(low, max(0, hs - 60), hs)
            ]
        i = bisect.bisect_left(self._labelled, e)
        if i == len(self._labelled) or self._labelled[i] > e + 2 * chars:
            return False
        j = bisect.bisect_right(self.names, s)
        first = not self.names or self.names[0] >= s
        return first or j == len(self.names) or self.names[j] > self._labelled[i]

    def second_person_near(self, s: int, chars: int) -> bool:
        """A health statement to the reader ("your A1c") within ``chars`` of s."""
        return self._any_near(self._second, self._second_person_term, s, chars)

    def _second_person_term(self, hs: int) -> bool:
        return (
            self._stated(_SECOND_PERSON, hs, "your ")
            or self._second_person_sentence(hs)
            or self._stated(_INSTRUCTION, hs)
            or self._received_by_reader(hs)
        )

    def _self_introduced(self, s: int, e: int, chars: int) -> bool:
        """The writer introduced themself by this name, and a sentence of theirs in the
        first person holds a health term ("its Patrick again. the Strattera is making my
        face peel")."""
        low = self.low
        if not _SELF_INTRO.search(low, max(0, s - 16), s) or _NOT_SELF.match(low, e, e + _AFTER):
            return False
        return any(self._first_person_sentence(hs) for hs, _he in self.terms(s, e + 2 * chars))

    def _in_fiction(self, s: int, e: int) -> bool:
        """The name's paragraph is about a story ("the book club reads ... Hazel has thyroid
        cancer"): its people are characters. One pass over the text for both lists; each
        name then costs two bisections (a part of many names stays linear)."""
        if self._fiction is None:
            self._fiction = [m.start() for m in _FICTION.finditer(self.low)]
            self._paragraphs = [m.start() for m in _PARAGRAPH.finditer(self.low)]
        if not self._fiction:
            return False
        i = bisect.bisect_left(self._paragraphs, s)
        a = self._paragraphs[i - 1] if i else 0
        b = self._paragraphs[i] if i < len(self._paragraphs) else len(self.low)
        j = bisect.bisect_left(self._fiction, a)
        return j < len(self._fiction) and self._fiction[j] < b

    def linked(self, s: int, e: int, chars: int, told: bool = False) -> bool:
        """Whether the name at [s, e) is linked to a health term within ``chars``; ``told``:
        the Subject told the reader about their care, so a greeted name is the patient."""
        if self._in_fiction(s, e):
            return False
        if self._sentence_link(s, e, chars) or self.first_person_near(s, 2 * chars):
            return True
        if self._self_introduced(s, e, chars) or self.labelled_after(s, e, chars):
            return True
        if _GREETING_BEFORE.search(self.low, max(0, s - 25), s) or _ADDRESSEE_BEFORE.search(
            self.low, max(0, s - 16), s
        ):
            return (
                told or self.second_person_near(s, 2 * chars) or self._dependant_near(s, e, chars)
            )
        # Addressed by name alone at a line's start ("Benjamin, Dr. Hunter wants to see
        # you"): what is said to them follows the name. Before it, "your" is said to whoever
        # the message is for, and the name opening a later line with a comma is a signature
        # ("Please bring your TB test result\n\nChristina Jimenez, palliative care NP").
        if _LINE_START.search(self.low, max(0, s - 14), s) and _VOCATIVE_END.match(
            self.low, e, e + _AFTER
        ):
            return told or self._any_near(self._second, self._second_person_term, e + chars, chars)
        # A name alone on the first lines, as a letter or a confirmation addresses its reader
        # ("BRANDON CARRILLO\n\nYou're scheduled for ... bring your inhaler"): the reader, where
        # what follows tells them about their care. Not a signature: no sign-off before it,
        # and only what comes after the name counts.
        return bool(
            _LINE_START.search(self.low, max(0, s - 14), s)
            and _LINE_END.match(self.low, e, e + _AFTER)
            and not _SIGN_OFF_BEFORE.search(self.low, max(0, s - 40), s)
            and self._any_near(self._second, self._second_person_term, e + chars, chars)
        )

    def _dependant_near(self, s: int, e: int, chars: int) -> bool:
        """The greeted reader told about the care of someone they answer for, named by first
        name ("Hi Brad Taylor, a quick update on Chloe after 8 of 12 sessions for convergence
        insufficiency", "Oi Brittany Brown ... a manutencao do aparelho de Ethan"): a first
        name with a named parent identifies the child, and the parent's name goes with it."""
        if not self.first_names:
            return False
        greeted = set(self.low[s:e].split())
        for hs, _he in self.terms(e, e + 2 * chars):
            a, b = self._sentence_span(hs)
            for m in _DEPENDANT.finditer(self.text, a, b):
                first = m.group(1).lower()
                # (Other people in the sentence make it about them; work words are not
                # checked: "after 8 of 12 in-office sessions" is the child's own therapy.)
                if first in self.first_names and first not in greeted:
                    return _OTHERS.isdisjoint(self._sentence(hs))
        return False

    def _placed(self, s: int, e: int, before: str) -> bool:
        """An age, sex, bed or unit at the name: "Hamilton, Crystal - 5N-31 - 67M"."""
        if _DEMOGRAPHIC_AFTER.match(self.low, e, e + _AFTER) or _DEMOGRAPHIC_BEFORE.search(before):
            return True
        return unit_after(self.text, e) or bool(_UNIT_BEFORE.search(self.text, max(0, s - 24), s))

    def _row(self, s: int, e: int) -> bool:
        """The name in a table's row, a column break after it and a health term further
        along the same line: "Rachel Wagner | J2510443 | sickle cell disease", "C-04   Harris,
        Jacob      methadone 60 mg   REFUSED" (a sick-call list, a med pass, an injury log)."""
        low = self.low
        if not _CELL_AFTER.match(low, e) and not (
            _TWO_AFTER.match(low, e) and _CELL_BEFORE.search(low, max(0, s - _AFTER), s)
        ):
            return False
        # A row is short: never read past _ROW characters (a hostile part may be one line).
        end = low.find("\n", e, e + _ROW)
        terms = self.terms(e, min(len(low), e + _ROW) if end < 0 else end)
        # Nothing between that makes the term a topic ("Maria Lopez | grand rounds talk |
        # heart failure"), as for the other cues.
        return bool(terms) and _clean(_tokens(low, e, terms[0][0]))

    def _listed(self, s: int) -> bool:
        """The name an item of a list whose heading names the care: "Vaccinated (Havrix dose
        1):" or "Positive on today's TB reads:" over lines of names. The heading's last
        sentence must be about no work ("Speakers for the diabetes symposium:")."""
        low = self.low
        if not _ITEM_BEFORE.search(low, max(0, s - _AFTER), s):
            return False
        # Every search is bounded by a list line's length: a hostile part of one long line
        # after many short ones must not be read again for each name.
        end = low.rfind("\n", max(0, s - _AFTER), s)
        for _ in range(_LIST_LINES):
            if end <= 0:
                return False
            lo = max(0, end - _LIST_LINE - 1)
            nl = low.rfind("\n", lo, end)
            if nl < 0 and lo > 0:
                return False  # longer than a list's line
            start = nl + 1
            line = low[start:end].rstrip()
            if line.endswith(":"):
                head = max(start, low.rfind(". ", start, end) + 1)
                terms = self.terms(head, end)
                return bool(terms) and _clean(_tokens(low, head, end))
            end = start - 1
        return False

    def _near_cue(self, s: int, e: int, before: str, same: list[tuple[int, int]]) -> bool:
        """Cues at the name itself, for a health term in its sentence or the next."""
        low = self.low
        if self._placed(s, e, before):
            return True
        if _SEEN_AFTER.match(low, e, e + _AFTER) or _DIED_AFTER.match(low, e, e + _AFTER):
            return True
        if self._row(s, e):
            return True
        if (
            _STARTED_BEFORE.search(before)
            and _STARTED_AFTER.match(low, e)
            and any(hs >= e for hs, _he in same)
        ):
            return True
        # the caller, or the person called, then the call's topic
        for topic in (
            _CALLED_AFTER.match(low, e, e + _AFTER),
            _CALL_TOPIC.match(low, e, e + _AFTER) if _CALL_OBJECT.search(before) else None,
        ):
            if topic and any(
                0 <= hs - topic.end() <= 24 and len(_tokens(low, topic.end(), hs)) <= 2
                for hs, _he in same
            ):
                return True
        if _CARE_OBJECT.search(before) or _DISPENSED_FOR.search(before):
            return True
        # The name as a line's label, a bracket between ("Robert Perkins (surgery 10/28, Dr.
        # Miller): K 3.0, Hgb 9.1"): the findings after the colon are that person's.
        label = _NAME_LABEL.match(low, e, e + _AFTER)
        if label:
            after = [t for t in same if t[0] >= label.end()]
            if after:
                words = _tokens(low, label.end(), after[0][0])
                if len(words) <= 2 and _clean(words):
                    return True
        # "pls add James Howell to thurs tumor bd - new Hodgkin lymphoma": the name added to a
        # list or a board for the care named after it.
        if _ADD_OBJECT.search(before) and same:
            after = [t for t in same if t[0] >= e]
            if after:
                words = _tokens(low, e, after[0][0])
                if len(words) <= 4 and _clean(words):
                    return True
        if _FOR_OBJECT.search(before) and same:
            after = [t for t in same if t[0] >= e]
            if not after or _clean(_tokens(low, e, after[0][0])):
                return True
        aside = _ASIDE.match(low, e, e + _AFTER)
        possessive = low.startswith(("'s", "\u2019s"), e) or (
            low[e - 1 : e] == "s" and low[e : e + 1] in ("'", "\u2019")
        )
        for hs, _he in same:
            if hs < e:
                continue
            # An event told right after the name ("Molly Thompson fell last night"): a term
            # in lower case straight after it (a title-case one is a heading or a topic).
            if hs - e == 1 and low[e] == " " and self.text[hs].islower():
                return True
            words = _tokens(low, e, hs)
            if possessive and len(words) <= 3 and _clean(words):
                return True
            if _APPOSITION.match(low, e, hs) and _clean(words):
                return True
            # A diagnosis marked as one ("came back from the clinic with a note - ... dx left
            # wrist sprain"): where the care was given may lie between, no other work.
            if _DX_BEFORE.search(low, max(e, hs - 24), hs) and _clean(
                [w for w in words if w not in _DX_ASIDE]
            ):
                return True
            if _clean_predicate(words):
                return True
            # A second verb, its subject the name: no other name between.
            cw = _tokens(low, aside.end(), hs) if aside and aside.end() <= hs else words
            if (
                _clean(cw)
                and _coordinated(cw, _tokens(low, hs, _he))
                and bisect.bisect_left(self.names, hs) - bisect.bisect_right(self.names, s) == 0
            ):
                return True
            # The same past a bracketed aside on the name ("Craig Jones (the Emergency
            # Department) called in positive for COVID-19"): where they work or which unit,
            # said of them, not the subject of the predicate.
            # Or past it, an apposition ("08:10 Shane Long (cabin Otter) - fluoxetine 20 mg
            # given"), as a camp's or a shelter's log writes where the person sleeps.
            if aside and aside.end() <= hs:
                rest = _tokens(low, aside.end(), hs)
                if _clean(rest) and (
                    _predicate_link(rest, 0) or _APPOSITION.match(low, aside.end(), hs)
                ):
                    return True
            # A second clause of the name's sentence, its subject left out ("Andrew Simpson
            # scored 15 on the Edinburgh today, reports heavy bleeding"): a care predicate
            # opens it, and no other name lies between or just before ("Maria Lopez, Tom
            # Hill and John Smith joined today, reported ..." has three subjects).
            comma = low.rfind(", ", e, hs)
            names = self.names
            if (
                comma >= 0
                and _clean(_tokens(low, e, comma))
                and _predicate_link(_tokens(low, comma, hs), 0)
                and bisect.bisect_left(names, comma) - bisect.bisect_left(names, s - 40) == 1
            ):
                return True
        return False

    def _sentence_words(self, e: int, hs: int) -> list[str]:
        """The words from ``e`` (or the start of hs's sentence, if later) up to hs."""
        return _tokens(self.low, max(e, self._sentence_span(hs)[0]), hs)

    def _sentence_link(self, s: int, e: int, chars: int) -> bool:
        text, low = self.text, self.low
        lo, hi = max(0, s - chars), min(len(text), e + chars)
        if self._ends is None:
            self._ends = _breaks(text)
        ends = self._ends
        # The name's sentence [a, b) and the next one [b, c), within [lo, hi].
        i = bisect.bisect_right(ends, s)
        a = max(lo, ends[i - 1] if i else 0)
        b = min(hi, ends[i] if i < len(ends) else len(text))
        c = min(hi, ends[i + 1] if i + 1 < len(ends) else len(text))
        same = self.terms(a, b)
        later = self.terms(b, c)
        before = low[max(lo, s - 40) : s]
        if (_RELATION_BEFORE.search(before) or _PARTY_BEFORE.search(before)) and self.terms(
            max(0, s - 2 * chars), e + 2 * chars
        ):
            return True
        # "<name>'s daughter called: her mom ...": a relative speaks for the named person.
        if _RELATION_AFTER.match(low, e, e + _AFTER) and self.terms(e, e + 2 * chars):
            return True
        if (same or later) and self._near_cue(s, e, before, same):
            return True
        if self._listed(s):
            return True
        # A note's next sentence with its subject left out, as clinicians write them ("Spoke
        # with Mr. Hansen about his readings. Taking montelukast 10 mg, denies chest pain").
        # Not a gerund that is the subject of its sentence ("Taking montelukast with food is
        # covered in the handout").
        if later:
            hs, he = later[0]
            opening = _tokens(low, b, hs)
            if (
                opening
                and opening[0] in _NOTE_OPENERS
                and _predicate_link(opening, 0, 3)
                and _GERUND_VERBS.isdisjoint(_tokens(low, he, c))
            ):
                return True
        # A name placed by age, sex, bed or unit heads its own entry in a handoff or a rounds
        # list, the findings on the lines under it ("1. Hamilton, Crystal - 5N-31 - 67M\n
        # I: watcher\n P: acute ischemic stroke"): a term after it, up to the next name.
        if not (same or later):
            i = bisect.bisect_right(self.names, s)
            stop = min(hi, self.names[i]) if i < len(self.names) else hi
            if self.terms(e, stop) and self._placed(s, e, before):
                return True
        # A pronoun standing for the name, later in its sentence or after it, up to the next
        # name (who the pronoun may then stand for) or the window's end.
        i = bisect.bisect_right(self.names, s)
        stop = min(hi, self.names[i]) if i < len(self.names) else hi
        for hs, _he in self.terms(e, stop):
            words = _tokens(low, max(e, hs - 60), hs)
            k = next((k for k in (1, 2, 3, 4) if len(words) >= k and words[-k] in _POSSESSIVE), 0)
            if k and len(words) > k and words[-k - 1] in _TOLD:
                k = 0
            if k == 1 or low.startswith(("his ", "her "), hs):
                return True  # "her insulin"; a term that opens with one ("his neck hurts")
            # "her new insulin", "her history of lupus": the words between, and those before
            # the pronoun in its sentence, about no work ("Jenkins's memoir of her years on
            # dialysis")
            if k and _clean(words[-k + 1 :]) and _clean(self._sentence_words(e, hs)):
                return True
            for j in range(max(0, len(words) - 8), len(words)):
                rest = words[j + 1 :]
                if words[j] in _CONTRACTED_IS:  # "she's on oxygen": "she is on"
                    rest = ["is", *rest]
                if words[j] in _PRONOUN_SUBJECT and _clean(rest) and _predicate_link(rest, 2):
                    return True
        return False

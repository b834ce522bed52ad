"""Names outside the census lists (unlisted_name), the generated health lexicons
(policies/data/make_lexicons.py), plurals of health terms, and the Subject as a headline.

All names are made up or drawn from no real record; assertions compare verdicts and detector
names only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.detect.engine import DetectorEngine, _plural, validators_for
from gateway.detect.validators import Validator
from gateway.policy import PolicyEngine, PolicyLoadError, PolicySettings

DATA = Path(__file__).resolve().parents[2] / "policies" / "data"


def detectors(engine: DetectorEngine, text: str, part: str = "body") -> set[str]:
    return {f.detector for f in engine.detect([(part, text)]).findings}


@pytest.mark.parametrize(
    ("term", "plural"),
    [
        ("x-ray", "x-rays"),
        ("ct scan", "ct scans"),
        ("biopsy", "biopsies"),
        ("stress test", "stress tests"),
        ("patch", "patches"),
        ("sinus", None),  # already ends in s
        ("diabetes", None),
        ("ekg", "ekgs"),
        ("iv", None),  # two letters: an abbreviation, not a noun to inflect
        ("hepatitis b", None),
        ("b12", None),
        ("delay", "delays"),  # vowel before y
    ],
)
def test_plural_of_a_health_term(term: str, plural: str | None) -> None:
    assert _plural(term) == plural


def test_health_terms_match_in_the_plural_and_other_lists_do_not(eng: DetectorEngine) -> None:
    assert "procedure" in detectors(eng, "Your X-rays are ready.")
    assert "procedure" in detectors(eng, "Both CT scans were read today.")
    # role words (a staff list, not health) are matched as written only
    spec = eng.spec
    roles = spec.dictionaries["role"].terms
    role = next(t for t in roles if (p := _plural(t)) is not None and p not in roles)
    assert "role" in detectors(eng, f"The {role} is here.")
    assert "role" not in detectors(eng, f"The {_plural(role)} are here.")


@pytest.fixture(scope="module")
def validators(policy_engine: PolicyEngine) -> dict[str, Validator]:
    return validators_for(policy_engine.detector.spec)


@pytest.fixture(scope="module")
def unlisted(validators: dict[str, Validator]) -> Validator:
    return validators["unlisted_name"]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Gaurika Sankar", True),  # neither part in the census lists
        ("Adaeze Oyekan", True),
        ("Maria Oyekan", True),  # a census first name with an unlisted surname
        ("Sankar, Gaurika", True),  # as charts print it
        ("Maria Lopez", False),  # both census: known_name's
        ("Thanks Team", False),  # everyday words
        ("In Powershell", False),  # "In" is a census first name, and a function word
        ("Atlanta Office", False),  # a place and a word
        ("Fri May", False),  # a date
        ("Kerendia Refill", False),  # a drug name
        ("Radiculopathy Sankar", False),  # a health term
        ("Davis, Patterson", False),  # a census surname where the first name goes: a firm
        ("Dear Sankar", False),  # a salutation word
    ],
)
def test_unlisted_name_validator(unlisted: Validator, text: str, ok: bool) -> None:
    assert unlisted(text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("BAUER/JUERGEN MR", True),  # a census surname, and the title
        ("OZTURK/EMINE MRS", True),  # neither part listed: the title says it is a traveller
        ("CHAROENSUK/NATTAYA", False),  # no title and no listed part
        ("BAUER/JUERGEN", True),  # no title, a listed surname
        ("PASS/FAIL", False),  # everyday words
        ("AND/OR", False),
        ("ICU/CCU", False),  # units, no title
    ],
)
def test_passenger_name_validator(validators: dict[str, Validator], text: str, ok: bool) -> None:
    assert validators["passenger_name"](text) is ok


@pytest.mark.parametrize(
    ("linked", "unlinked"),
    [
        (
            "Gaurika Sankar was started on apixaban last week.",
            "Gaurika Sankar wrote the new apixaban order set for the unit.",
        ),
        (
            "Adaeze Oyekan has radiculopathy again.",
            "Adaeze Oyekan will give a talk on radiculopathy at grand rounds.",
        ),
        (
            "Paola de la Rosa, 67, is booked for a colonoscopy.",
            "Paola de la Rosa from the colonoscopy team is booked for Friday.",
        ),
    ],
)
def test_unlisted_name_counts_only_when_linked(
    eng: DetectorEngine, linked: str, unlinked: str
) -> None:
    assert eng.detect([("body", linked)]).phi
    assert not eng.detect([("body", unlinked)]).phi


def test_generated_lexicons_are_health_terms(eng: DetectorEngine) -> None:
    assert "drug_name" in detectors(eng, "She is on apixaban and empagliflozin.")
    assert "icd_term" in detectors(eng, "Hemochromatosis runs in the family.")
    # common English words stay out of the generated lists
    assert not {"drug_name", "icd_term"} & detectors(eng, "The diamonds and oats arrived.")


def test_generated_lexicons_hold_no_census_names() -> None:
    """A name in a message must never read as a drug or a disease word."""

    def words(name: str) -> set[str]:
        lines = (DATA / name).read_text().splitlines()
        return {w for w in lines if w and not w.startswith("#")}

    names = words("first_names.txt") | words("last_names.txt")
    for lexicon in ("drug_names.txt", "icd10cm_terms.txt"):
        terms = words(lexicon)
        assert len(terms) > 1000, lexicon
        assert not terms & names, lexicon


def test_unlisted_name_in_the_subject(eng: DetectorEngine) -> None:
    # A name in the Subject needs no link (the Subject cannot be encrypted), census or not.
    found = eng.detect([("subject", "Gaurika Sankar: POD 1 after appendectomy")])
    assert found.phi and "subject" in found.phi_parts
    assert not eng.detect([("subject", "Gaurika Sankar: POD 1 after Friday's outage")]).phi


def test_common_words_file_error_has_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "words.yaml").write_text("version: 1\ncommon_words: missing.txt\n")
    with pytest.raises(PolicyLoadError) as err:
        PolicyEngine.load(PolicySettings(dir=tmp_path))
    assert f"{tmp_path / 'words.yaml'}:2:15: common_words: cannot read missing.txt" in str(
        err.value
    )


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        ("Referral: LESLIE WILLIAMS - chronic sinusitis", True),  # capitals, census names
        ("LESLIE WILLIAMS was started on apixaban.", True),
    ],
)
def test_names_in_capitals(eng: DetectorEngine, text: str, phi: bool) -> None:
    part = "subject" if text.startswith("Referral") else "body"
    assert eng.detect([(part, text)]).phi is phi


def test_role_word_beside_a_name_outranks_its_link(eng: DetectorEngine) -> None:
    linked = "Jennifer Shea told fans this week that she has giant cell arteritis."
    public = "Grammy winner Jennifer Shea told fans this week that she has giant cell arteritis."
    assert eng.detect([("body", linked)]).phi
    assert not eng.detect([("body", public)]).phi


def test_work_words_break_a_for_link(eng: DetectorEngine) -> None:
    assert eng.detect(
        [("body", "Prior auth for Daniel Jones, for his transvaginal ultrasound.")]
    ).phi
    assert not eng.detect(
        [("body", "Itinerary for Daniel Jones, presenting a poster on transvaginal ultrasound.")]
    ).phi


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("LESLIE WILLIAMS", True),
        ("WILLIAMS, LESLIE", True),
        ("MAY DAY", False),  # in capitals, census names that are everyday words: a heading
        ("May Day", True),  # in title case the census lists alone decide, as before
    ],
)
def test_known_name_in_capitals(validators: dict[str, Validator], text: str, ok: bool) -> None:
    assert validators["known_name"](text) is ok

"""Patients in clinicians' handoffs and safety mail (fresh30), and children, pregnancy and
families (fresh31): a name placed by age, sex, bed or unit with its findings on the lines
under it, units written "MICU-14", French and Spanish ages, newborns before a first name is
given, Spanish, Portuguese and French letters to "su/sua/voce", a "Concern:" field, first
names given to children since 1990, and those names given to pets. Each case has a
counterpart decided the other way; every case runs on the Hyperscan and re paths."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from gateway.detect.engine import DetectorEngine

PHI = [
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

NOT_PHI = [
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

CASES = [(*c, True) for c in PHI] + [(*c, False) for c in NOT_PHI]


@pytest.mark.parametrize(("subject", "body", "phi"), CASES)
def test_verdict_and_its_counterpart(
    eng: DetectorEngine,
    verdict: Callable[[DetectorEngine, str, str], bool],
    subject: str,
    body: str,
    phi: bool,
) -> None:
    assert verdict(eng, subject, body) is phi

"""Regenerate the two large health lexicons from public sources (build-time only; the gateway
never imports this):

    pip install simple-icd-10-cm drug-named-entity-recognition wordfreq english-words
    python policies/data/make_lexicons.py

- icd10cm_terms.txt: the rare words of the CMS ICD-10-CM code descriptions, chapters A-T
  (diseases, injuries, poisonings). External causes (V-Y: "flamethrower", "radiators") and
  Z codes ("stepbrother", "workmates") are left out: they describe circumstances, not health.
- drug_names.txt: single-word drug names (generic and brand) from the
  drug-named-entity-recognition dictionary (MIT; built from MedlinePlus, NHS, MeSH, DrugBank
  and Wikipedia), kept only where the drug has a MedlinePlus or NHS page, i.e. is one that
  patients are prescribed, not a reagent.

- common_words.txt: everyday English words, so that a capitalised pair made of none of them
  reads as a name the census lists lack ("Gaurika Sankar", the unlisted_name detector). A word
  is everyday if Webster's 2nd (the english-words package) lists it, or its stem, in lower
  case (not as a proper noun) with Zipf frequency >= 2 (wordfreq), or if it is frequent
  (Zipf >= 4: "email", "online", "atlanta"). Census names are left out ("Rose", "Grace",
  "Mark" stay names) unless they are among the most frequent words ("In", "See", "May").

The two health lexicons drop any word that is common in English (wordfreq Zipf frequency
at or above the thresholds below: "aspirin", "insulin", "fracture" are in the curated lists
instead, where a person chose them) and any word that is also a census first or last name
("Kendrick", "Camila"), so a name is never read as a drug. The curated lists (conditions.txt,
medications.txt...) stay the place for common and multi-word terms.
"""

from __future__ import annotations

import bz2
import os
import pickle
import re
from pathlib import Path

import drug_named_entity_recognition as dner  # type: ignore[import-not-found]
import simple_icd_10_cm as cm  # type: ignore[import-not-found]
from english_words import get_english_words_set  # type: ignore[import-not-found]
from wordfreq import top_n_list, zipf_frequency  # type: ignore[import-not-found]

HERE = Path(__file__).resolve().parent
# Zipf 3 = once per million words. Rarer than that, a word from a disease description is
# almost always a clinical term ("radiculopathy", "hemochromatosis").
ICD_MAX_ZIPF = 3.0
DRUG_MAX_ZIPF = 3.5
# ICD-10-CM's own vocabulary of classification, not of disease.
ICD_BOILERPLATE = {
    "unspecified",
    "laterality",
    "sequela",
    "sequelae",
    "nondisplaced",
    "nonspecific",
    "unilateral",
    "bilateral",
    "subsequent",
    "classified",
    "elsewhere",
    "initial",
    "routine",
    "delayed",
    "healing",
    "nonunion",
    "malunion",
    "encounter",
    "specified",
}


def _names() -> set[str]:
    out: set[str] = set()
    for f in ("first_names.txt", "last_names.txt"):
        lines = (HERE / f).read_text().splitlines()
        out.update(t for t in lines if t and not t.startswith("#"))
    return out


def _named(word: str, names: set[str]) -> bool:
    """A census name, or a word whose plural is one: the gateway matches a health term's
    plural too, so "willi" (Prader-Willi) would read "Ruben Willis" as a disease."""
    return word in names or word + "s" in names or word + "es" in names


def icd_terms(names: set[str]) -> list[str]:
    words: set[str] = set()
    for code in cm.get_all_codes(False):
        if "-" in code or code.isdigit() or code[0] in "VWXYZ":
            continue
        for w in re.findall(r"[A-Za-z][a-z]+(?:-[a-z]+)*", cm.get_description(code)):
            words.add(w.lower())
    return sorted(
        w
        for w in words
        if len(w) >= 5
        and w not in ICD_BOILERPLATE
        and not _named(w, names)
        and zipf_frequency(w, "en") < ICD_MAX_ZIPF
    )


def drug_names(names: set[str]) -> list[str]:
    path = os.path.join(os.path.dirname(dner.__file__), "drug_ner_dictionary.pkl.bz2")
    with bz2.open(path) as fh:
        # The package's own data file from its wheel (pinned in the docstring's pip line),
        # read at build time only; the gateway never unpickles anything.
        data = pickle.load(fh)  # noqa: S301
    canon = data["drug_canonical_to_data"]
    out = set()
    for variant, targets in data["drug_variant_to_canonical"].items():
        if not re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", variant) or len(variant) < 4:
            continue
        if not any({"medline_plus_id", "nhs_url"} & canon.get(t, {}).keys() for t in targets):
            continue
        if _named(variant, names) or zipf_frequency(variant, "en") >= DRUG_MAX_ZIPF:
            continue
        out.add(variant)
    return sorted(out)


# Census names that are also among the most frequent English words ("In", "See", "Will",
# "May"): at sentence start they are words, not first names.
NAME_MAX_ZIPF = 5.5
# Calendar abbreviations ("Fri May", "Sep Oct") are capitalised pairs too.
CALENDAR = (
    "mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec"
)


def _stems(word: str) -> list[str]:
    # Enough English morphology to find "importing", "stacks", "addressed" in Webster's 2nd,
    # which lists only base forms.
    out = []
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("ers", ""),
        ("er", ""),
        ("ly", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            out.append(stem)
            if len(stem) >= 2 and stem[-1] == stem[-2]:  # "stopped", "running"
                out.append(stem[:-1])
    return out


def common_words(names: set[str]) -> list[str]:
    web2 = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    out = {w for w in web2 if zipf_frequency(w, "en") >= 2.0}
    for w in top_n_list("en", 100000):
        if not (w.isascii() and w.isalpha()):
            continue
        z = zipf_frequency(w, "en")
        if z >= 4.0 or (z >= 2.0 and any(s in web2 for s in _stems(w))):
            out.add(w)
    out = {w for w in out if w not in names or zipf_frequency(w, "en") >= NAME_MAX_ZIPF}
    return sorted(out | set(CALENDAR.split()))


def write(name: str, header: str, terms: list[str]) -> None:
    (HERE / name).write_text(header + "\n".join(terms) + "\n", encoding="ascii")
    print(f"{len(terms)} terms -> {name}")


def main() -> None:
    names = _names()
    write(
        "icd10cm_terms.txt",
        "# Rare words of the ICD-10-CM descriptions, chapters A-T; generated by make_lexicons.py\n",
        icd_terms(names),
    )
    write(
        "drug_names.txt",
        "# Drug names with a MedlinePlus or NHS page; generated by make_lexicons.py\n",
        drug_names(names),
    )
    write(
        "common_words.txt",
        "# Everyday English words (not names); generated by make_lexicons.py\n",
        common_words(names),
    )


if __name__ == "__main__":
    main()

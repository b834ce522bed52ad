"""Detector definitions: identifier patterns, dictionaries and context word lists, from YAML.

The shipped definitions live in policies/detectors.yaml and policies/data/*.txt; admins add
or override identifiers in any policy-directory YAML file under the ``identifiers:`` key.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from gateway.detect.validators import VALIDATOR_NAMES
from gateway.detect.yamlnodes import Reader
from gateway.model import Confidence


class Kind(enum.Enum):
    """What an identifier says about a message; drives the PHI decision."""

    PERSON = "person"  # identifies an individual (SSN, phone, email, address...)
    # Two person identifiers with a role of their own: a name together with a date of birth
    # is how care identifies a patient (the "two patient identifiers"), so that pair is PHI.
    NAME = "name"  # a person's name
    BIRTH_DATE = "birth_date"  # a date of birth
    # Words saying a message is about something other than a patient's care (payroll, HR,
    # birthday greetings): there a name with a date of birth is not taken as a patient.
    NON_CARE = "non_care"
    # Words saying a message is on a business topic without being about anyone's records
    # (an out-of-office reply): a bare name with a health term needs a tie to a patient there,
    # as with a high non_care word, but a name with a labelled date of birth still identifies
    # one (an auto-reply echoing "Maria Lopez DOB 3/4/1961 CBC results").
    TOPIC = "topic"
    HEALTH_ID = "health_id"  # identifies a patient in a health context (MBI, MRN, member ID)
    HEALTH_INFO = "health_info"  # says something about health (condition, drug, ICD-10 code)
    PROVIDER = "provider"  # identifies a clinician or organisation (NPI, DEA): not patient PHI
    # Words that introduce a person in a staff or public role ("congratulations to",
    # "pharmacist", "questions:"): a bare name straight after one is not taken as a patient.
    ROLE = "role"
    OTHER = "other"


# Built in, not configured: names under a "Patient" column header (gateway/detect/tables.py).
TABLE_NAME = "table_name"
# Built in: misspelt terms of the dictionaries marked ``misspellings: true`` (misspell.py).
MISSPELLING = "misspelling"


@dataclass(frozen=True)
class PatternSpec:
    regex: str
    confidence: Confidence
    requires_context: bool
    # path:line:col of the pattern in its file, for notes about it (not part of its identity)
    where: str = field(default="", compare=False)


@dataclass(frozen=True)
class IdentifierSpec:
    name: str
    kind: Kind
    validator: str
    patterns: tuple[PatternSpec, ...]
    context: tuple[str, ...]  # words and @lists that raise confidence
    negative: tuple[str, ...]  # words and @lists that lower it
    window: int  # characters before a match searched for context (after: half of it)
    # A hit without supporting context counts as a person identifier for the person + health
    # rule only with health information within this many characters of it in the same part
    # (a name in the Subject excepted); None: anywhere in the message.
    near_health: int | None = None
    # With near_health: such a hit counts only when its sentence links it to the health
    # information ("Maria Lopez's colonoscopy", not "Maria Lopez from Acme on colonoscopy");
    # see gateway/detect/whose.py. Linked hits count as supported (context) hits.
    link: bool = False
    # At high confidence (with its label), together with a name: a patient's identity, like
    # a name with a labelled date of birth (the identity rule; "Maria Lopez SSN ...").
    identity: bool = False


@dataclass(frozen=True)
class DictionarySpec:
    name: str
    kind: Kind
    confidence: Confidence
    terms: tuple[str, ...]
    # Its single-word terms are also found misspelt by one letter (misspell.py).
    misspellings: bool = False
    # Its terms say the mail comes from a care setting whatever else it is about: one of them
    # lifts a business topic for the whole message (occupational health, where every message
    # says "employee" and the employee is the patient).
    care_setting: bool = False


@dataclass
class DetectorSpec:
    """Everything the detector engine compiles; assembled from all files of a policy dir."""

    identifiers: dict[str, IdentifierSpec] = field(default_factory=dict)
    dictionaries: dict[str, DictionarySpec] = field(default_factory=dict)
    word_lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    icd10cm_codes: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    last_names: frozenset[str] = frozenset()
    # Everyday English words: a capitalised pair of none of them may be a name the census
    # lists lack (the unlisted_name validator).
    common_words: frozenset[str] = frozenset()
    window: int = 60

    def health_words(self) -> frozenset[str]:
        """The single-word terms of the health dictionaries: never parts of a name."""
        return frozenset(
            t
            for d in self.dictionaries.values()
            if d.kind is Kind.HEALTH_INFO
            for t in d.terms
            if " " not in t
        )

    def names(self) -> frozenset[str]:
        builtin = {"unscannable", TABLE_NAME, MISSPELLING}
        return frozenset(self.identifiers) | frozenset(self.dictionaries) | builtin


_CONF = {str(c): c for c in Confidence}
_KINDS = {k.value: k for k in Kind}
_IDENT_KEYS = frozenset(
    {
        "kind",
        "validator",
        "patterns",
        "context",
        "negative",
        "window",
        "near_health",
        "link",
        "identity",
    }
)
_PATTERN_KEYS = frozenset({"regex", "confidence", "requires_context"})
_DICT_KEYS = frozenset({"file", "terms", "kind", "confidence", "misspellings", "care_setting"})
# Identifier names end up in metric labels and audit records: keep them tame.
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def read_terms(path: Path) -> tuple[str, ...]:
    """A plain-text list: one term per line, '#' comments, case folded."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        term = line.strip()
        if term and not term.startswith("#"):
            out.append(term.lower())
    return tuple(out)


def _confidence(r: Reader, node: yaml.Node, what: str) -> Confidence | None:
    value = r.string(node, what)
    if value is None:
        return None
    if value not in _CONF:
        r.error(node, f"{what}: expected one of low, medium, high")
        return None
    return _CONF[value]


def _bounded(r: Reader, node: yaml.Node, what: str, most: int) -> int | None:
    """An integer in 0..most, or None after reporting the error at the node."""
    n = r.integer(node, what)
    if n is not None and not 0 <= n <= most:
        r.error(node, f"{what}: expected 0..{most}")
        return None
    return n


def _kind(r: Reader, node: yaml.Node, what: str) -> Kind | None:
    value = r.string(node, what)
    if value is None:
        return None
    if value not in _KINDS:
        r.error(node, f"{what}: expected one of {', '.join(_KINDS)}")
        return None
    return _KINDS[value]


def check_regex(r: Reader, node: yaml.Node, regex: str, what: str) -> bool:
    try:
        re.compile(regex)
    except re.error as exc:
        r.error(node, f"{what}: invalid regex: {exc.msg} at position {exc.pos}")
        return False
    return True


def parse_word_lists(r: Reader, node: yaml.Node, spec: DetectorSpec) -> None:
    for name, (_knode, vnode) in r.mapping(node, "context").items():
        words = r.string_list(vnode, f"context.{name}")
        if words is not None:
            spec.word_lists[name] = tuple(w.lower() for w in words)


def parse_identifiers(r: Reader, node: yaml.Node, spec: DetectorSpec) -> None:
    for name, (knode, vnode) in r.mapping(node, "identifiers").items():
        what = f"identifiers.{name}"
        if not _NAME.match(name):
            r.error(knode, f"{what}: names are lower-case letters, digits and _")
            continue
        fields = r.mapping(vnode, what, _IDENT_KEYS)
        ok = True
        kind = Kind.PERSON
        if "kind" in fields:
            k = _kind(r, fields["kind"][1], f"{what}.kind")
            ok &= k is not None
            kind = k or kind
        validator = "none"
        if "validator" in fields:
            v = r.string(fields["validator"][1], f"{what}.validator")
            if v is not None and v not in VALIDATOR_NAMES:
                r.error(
                    fields["validator"][1],
                    f"{what}.validator: unknown validator {v!r} "
                    f"(known: {', '.join(sorted(VALIDATOR_NAMES))})",
                )
                v = None
            ok &= v is not None
            validator = v or validator
        window = spec.window
        if "window" in fields:
            w = _bounded(r, fields["window"][1], f"{what}.window", 1000)
            ok &= w is not None
            window = w if w is not None else window
        near_health: int | None = None
        if "near_health" in fields:
            near_health = _bounded(r, fields["near_health"][1], f"{what}.near_health", 100000)
            ok &= near_health is not None
        link = False
        if "link" in fields:
            lnode = fields["link"][1]
            got = r.boolean(lnode, f"{what}.link")
            ok &= got is not None
            link = bool(got)
            if link and "near_health" not in fields:
                r.error(lnode, f"{what}.link: needs near_health (the window it looks in)")
                ok = False
        identity = False
        if "identity" in fields:
            got_identity = r.boolean(fields["identity"][1], f"{what}.identity")
            ok &= got_identity is not None
            identity = bool(got_identity)
        words: dict[str, tuple[str, ...]] = {"context": (), "negative": ()}
        for key in ("context", "negative"):
            if key in fields:
                lst = r.string_list(fields[key][1], f"{what}.{key}")
                ok &= lst is not None
                words[key] = tuple(x.lower() for x in lst or ())
        patterns: list[PatternSpec] = []
        if "patterns" not in fields:
            r.error(knode, f"{what}: missing key 'patterns'")
            ok = False
        else:
            pnode = fields["patterns"][1]
            if not isinstance(pnode, yaml.SequenceNode) or not pnode.value:
                r.error(pnode, f"{what}.patterns: expected a non-empty list")
                ok = False
            else:
                for item in pnode.value:
                    p = _parse_pattern(r, item, f"{what}.patterns")
                    ok &= p is not None
                    if p is not None:
                        patterns.append(p)
        if ok:
            spec.identifiers[name] = IdentifierSpec(
                name=name,
                kind=kind,
                validator=validator,
                patterns=tuple(patterns),
                context=words["context"],
                negative=words["negative"],
                window=window,
                near_health=near_health,
                link=link,
                identity=identity,
            )


def _parse_pattern(r: Reader, node: yaml.Node, what: str) -> PatternSpec | None:
    if isinstance(node, yaml.ScalarNode):
        regex = r.string(node, what)
        if regex is None or not check_regex(r, node, regex, what):
            return None
        return PatternSpec(regex, Confidence.MEDIUM, False, r.where(node))
    fields = r.mapping(node, what, _PATTERN_KEYS)
    if "regex" not in fields:
        r.error(node, f"{what}: missing key 'regex'")
        return None
    regex = r.string(fields["regex"][1], f"{what}.regex")
    if regex is None or not check_regex(r, fields["regex"][1], regex, f"{what}.regex"):
        return None
    conf: Confidence | None = Confidence.MEDIUM
    if "confidence" in fields:
        conf = _confidence(r, fields["confidence"][1], f"{what}.confidence")
    req: bool | None = False
    if "requires_context" in fields:
        req = r.boolean(fields["requires_context"][1], f"{what}.requires_context")
    if conf is None or req is None:
        return None
    return PatternSpec(regex, conf, req, r.where(node))


def _health_flag(
    r: Reader,
    fields: dict[str, tuple[yaml.Node, yaml.Node]],
    key: str,
    what: str,
    kind: Kind | None,
) -> bool | None:
    """A dictionary's true/false option that only a health_info dictionary may set
    (``misspellings``, ``care_setting``); None after an error."""
    if key not in fields:
        return False
    node = fields[key][1]
    value = r.boolean(node, f"{what}.{key}")
    if value and kind is not Kind.HEALTH_INFO:
        r.error(node, f"{what}.{key}: only for health_info")
        return None
    return value


def parse_dictionaries(r: Reader, node: yaml.Node, spec: DetectorSpec, base: Path) -> None:
    for name, (knode, vnode) in r.mapping(node, "dictionaries").items():
        what = f"dictionaries.{name}"
        if not _NAME.match(name):
            r.error(knode, f"{what}: names are lower-case letters, digits and _")
            continue
        fields = r.mapping(vnode, what, _DICT_KEYS)
        terms: list[str] = []
        ok = True
        if "file" in fields:
            fname = r.string(fields["file"][1], f"{what}.file")
            if fname is not None:
                fpath = (base / fname).resolve()
                try:
                    terms.extend(read_terms(fpath))
                except (OSError, UnicodeDecodeError):
                    r.error(fields["file"][1], f"{what}.file: cannot read {fname}")
                    ok = False
            else:
                ok = False
        if "terms" in fields:
            extra = r.string_list(fields["terms"][1], f"{what}.terms")
            ok &= extra is not None
            terms.extend(t.lower() for t in extra or ())
        if "file" not in fields and "terms" not in fields:
            r.error(knode, f"{what}: needs 'file' or 'terms'")
            ok = False
        kind: Kind | None = Kind.HEALTH_INFO
        if "kind" in fields:
            kind = _kind(r, fields["kind"][1], f"{what}.kind")
        conf: Confidence | None = Confidence.MEDIUM
        if "confidence" in fields:
            conf = _confidence(r, fields["confidence"][1], f"{what}.confidence")
        misspellings = _health_flag(r, fields, "misspellings", what, kind)
        care_setting = _health_flag(r, fields, "care_setting", what, kind)
        flags = (misspellings, care_setting)
        if ok and kind is not None and conf is not None and None not in flags:
            spec.dictionaries[name] = DictionarySpec(
                name, kind, conf, tuple(terms), bool(misspellings), bool(care_setting)
            )

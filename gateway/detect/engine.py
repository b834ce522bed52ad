"""The detector engine: one multi-pattern pass, one dictionary pass, context scoring.

Speed matters (the gateway scans inline, before the 250): every identifier pattern is compiled
into a single Hyperscan database when hyperscan is importable, which reports where matches end
and their leftmost starts; Python's ``re`` then searches only from those offsets, so both paths
produce exactly ``finditer``'s matches (the pure-``re`` fallback runs ``finditer`` per pattern).
Dictionaries and context words each have an Aho-Corasick automaton over the lower-cased text.
Number-dense text (a candidate every few characters) is the expensive case: there the work per
candidate is kept to a few lookups (see ``_scan_dense``).
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import reduce
from itertools import accumulate, chain
from operator import or_
from typing import Any, NamedTuple

import ahocorasick

from gateway.detect.spec import DetectorSpec, IdentifierSpec, Kind, PatternSpec
from gateway.detect.validators import Validator, make_validators
from gateway.model import Confidence, Finding

_hs: Any
try:  # Optional fast path; the fallback gives the same findings, only slower.
    import hyperscan as _hs

    HAVE_HYPERSCAN = True
except ImportError:  # pragma: no cover - exercised by forcing use_hyperscan=False
    _hs = None
    HAVE_HYPERSCAN = False


class Hit(NamedTuple):
    """One detector match in one part. Offsets only; the text stays in the part.

    A named tuple, not a frozen dataclass: number-dense text has ~90 hits per KB, and a frozen
    dataclass costs ~1 us to build (one ``object.__setattr__`` per field), a tuple ~0.2 us.
    """

    detector: str
    kind: Kind
    start: int
    end: int
    confidence: Confidence
    context: bool  # a supporting word was near


@dataclass(frozen=True)
class Detection:
    """The detector's verdict on a whole message."""

    findings: tuple[Finding, ...]
    phi: bool
    phi_parts: frozenset[str]  # part kinds (subject, header, body, attachment) carrying PHI
    hits: tuple[tuple[str, tuple[Hit, ...]], ...]  # (part, hits): for explain and tests


# What a candidate becomes, by its two context bits (1: supporting word near, 2: negative
# word near): None (dropped) or (confidence, supported). Precomputed per pattern.
_Outcomes = tuple[tuple[Confidence, bool] | None, ...]


def _outcomes(pattern: PatternSpec) -> _Outcomes:
    out: list[tuple[Confidence, bool] | None] = []
    for bits in range(4):
        supported, negative = bool(bits & 1), bool(bits & 2)
        # Negative context (order, invoice, tracking...) lowers by one level.
        level = int(pattern.confidence) + supported - negative
        if (pattern.requires_context and not supported) or level < Confidence.LOW:
            out.append(None)
        else:
            out.append((Confidence(min(level, Confidence.HIGH)), supported))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Compiled:
    ident: IdentifierSpec
    pattern: PatternSpec
    rx: re.Pattern[str]
    validator: Validator
    bit: int  # context bit of the identifier (bit + 1: its negative bit)
    outcomes: _Outcomes


def _part_kind(part: str) -> str:
    return part.split(":", 1)[0]


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters (e.g. U+0130) lower-case to two code points; keep offsets aligned.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class DetectorEngine:
    """Compiled detectors. Immutable after construction and safe to share between threads."""

    # Above one candidate per this many characters, context words are found in one pass
    # over the whole text instead of per window (same result, different cost).
    full_pass_chars = 100

    def __init__(self, spec: DetectorSpec, use_hyperscan: bool | None = None) -> None:
        self.spec = spec
        validators = make_validators(spec.icd10cm_codes, spec.first_names, spec.last_names)
        self._compiled: list[_Compiled] = []
        for i, ident in enumerate(spec.identifiers.values()):
            for pat in ident.patterns:
                # re.ASCII: \d, \w and \b mean the same as in Hyperscan, which scans bytes.
                rx = re.compile(pat.regex, re.ASCII)
                v = validators[ident.validator]
                self._compiled.append(_Compiled(ident, pat, rx, v, 2 * i, _outcomes(pat)))
        self._build_words()
        self._hs_db: Any = None
        self._always: frozenset[int] = frozenset(range(len(self._compiled)))
        self._hs_alias: dict[int, list[int]] = {}  # Hyperscan id -> patterns with that regex
        want = HAVE_HYPERSCAN if use_hyperscan is None else use_hyperscan
        if want and HAVE_HYPERSCAN and self._compiled:
            self._build_hyperscan()
        self._local = threading.local()

    @property
    def uses_hyperscan(self) -> bool:
        return self._hs_db is not None

    # -- construction -------------------------------------------------------------------

    def _expand(self, words: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for w in words:
            if w.startswith("@"):
                out.update(self.spec.word_lists.get(w[1:], ()))
            else:
                out.add(w)
        return out

    def _build_words(self) -> None:
        # Two automata: dictionaries run over the whole text; context words only over the
        # small windows around identifier candidates (most text has few candidates, and
        # common context words like "order" or "office" would otherwise dominate the cost).
        # Context words carry a bit mask: bit 2i = supports identifier i, bit 2i+1 = negative.
        ctx: dict[str, int] = {}
        for i, ident in enumerate(self.spec.identifiers.values()):
            for w in self._expand(ident.context):
                ctx[w] = ctx.get(w, 0) | (1 << (2 * i))
            for w in self._expand(ident.negative):
                ctx[w] = ctx.get(w, 0) | (1 << (2 * i + 1))
        terms: dict[str, set[str]] = {}
        for d in self.spec.dictionaries.values():
            for w in d.terms:
                terms.setdefault(w, set()).add(d.name)
        # Keys are padded with spaces and the text has every non-word character turned into a
        # space (same length), so the automaton only reports whole words: "hiv" cannot fire
        # inside "archive", and "hiv/aids" matches "HIV-AIDS" too.
        ctx_keys: dict[str, int] = {}
        for w, mask in ctx.items():
            key = _key(w)
            ctx_keys[key] = ctx_keys.get(key, 0) | mask
        dict_keys: dict[str, set[str]] = {}
        for w, names in terms.items():
            dict_keys.setdefault(_key(w), set()).update(names)
        dicts = self.spec.dictionaries
        self._ctx_auto: Any = self._automaton(ctx_keys)
        self._dict_auto: Any = self._automaton(
            {
                k: tuple((n, dicts[n].kind, dicts[n].confidence) for n in sorted(t))
                for k, t in dict_keys.items()
            }
        )
        self._max_ctx = max((len(k) for k in ctx_keys), default=0)

    @staticmethod
    def _automaton(words: dict[str, Any]) -> Any:
        if not words:
            return None
        auto = ahocorasick.Automaton()
        for word, tags in words.items():
            auto.add_word(word, (len(word), tags))
        auto.make_automaton()
        return auto

    def _build_hyperscan(self) -> None:
        assert _hs is not None
        ok: list[int] = []
        bad: list[int] = []
        for i, c in enumerate(self._compiled):
            # Compile one at a time first so one unsupported construct only costs that
            # pattern its fast path, not the whole database.
            db = _hs.Database()
            try:
                db.compile(
                    expressions=[c.pattern.regex.encode()],
                    ids=[i],
                    elements=1,
                    flags=[_hs.HS_FLAG_SOM_LEFTMOST],
                )
                ok.append(i)
            except _hs.HyperscanError:
                bad.append(i)
        if not ok:
            return
        # Patterns with the same regex (e.g. a 9-digit SSN and an ABA routing number) share
        # one expression: its reports are handed to all of them.
        first: dict[str, int] = {}
        for i in ok:
            j = first.setdefault(self._compiled[i].pattern.regex, i)
            self._hs_alias.setdefault(j, []).append(i)
        ids = sorted(self._hs_alias)
        db = _hs.Database()
        db.compile(
            expressions=[self._compiled[i].pattern.regex.encode() for i in ids],
            ids=ids,
            elements=len(ids),
            flags=[_hs.HS_FLAG_SOM_LEFTMOST] * len(ids),
        )
        self._hs_db = db
        self._always = frozenset(bad)

    def _scratch(self) -> Any:
        # Hyperscan scratch space must not be shared by concurrent scans: one per thread.
        s = getattr(self._local, "scratch", None)
        if s is None:
            assert _hs is not None
            s = _hs.Scratch(self._hs_db)
            self._local.scratch = s
        return s

    # -- scanning -----------------------------------------------------------------------

    def _reports(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """Hyperscan's (end, leftmost start) reports per compiled pattern; {} without it."""
        reports: dict[int, list[tuple[int, int]]] = {}
        if self._hs_db is None:
            return reports
        # Non-ASCII characters become '?': one byte per character keeps offsets aligned.
        data = text.encode("ascii", "replace")

        def on_match(idx: int, frm: int, to: int, flags: int, ctx: object) -> None:
            reports.setdefault(idx, []).append((to, frm))

        self._hs_db.scan(data, match_event_handler=on_match, scratch=self._scratch())
        for idx in list(reports):
            for alias in self._hs_alias[idx]:
                reports[alias] = reports[idx]
        return reports

    def scan_text(self, text: str) -> list[Hit]:
        """All hits in one part's text, with context-adjusted confidence."""
        if not text:
            return []
        low = _padded(_lower_same_length(text))
        hits: list[Hit] = []
        if self._dict_auto is not None:
            for end, (length, entries) in self._dict_auto.iter(low):
                # The key's leading space sits at its word's start offset in the text.
                start = end - length + 1
                for name, kind, conf in entries:
                    hits.append(Hit(name, kind, start, end - 1, conf, False))
        reports = self._reports(text)
        # Patterns Hyperscan cannot run: plain finditer (all of them on the pure-re path).
        matched: dict[str, list[re.Match[str]]] = {}  # by regex: equal regexes match once
        for i in self._always:
            regex = self._compiled[i].pattern.regex
            if regex not in matched:
                matched[regex] = list(self._compiled[i].rx.finditer(text))
        total = sum(map(len, reports.values())) + sum(map(len, matched.values()))
        if not total:
            return hits
        # Few candidates: scan only their windows for context words. Many (number-dense
        # text, where the per-candidate cost is what counts): one pass over the whole text.
        # Both give the same hits.
        if self._ctx_auto is not None and total * self.full_pass_chars > len(text):
            self._scan_dense(text, low, reports, matched, hits)
        else:
            self._scan_sparse(text, low, reports, matched, hits)
        return hits

    def _patterns(
        self,
        text: str,
        reports: dict[int, list[tuple[int, int]]],
        matched: dict[str, list[re.Match[str]]],
        present: int = -1,
    ) -> Iterable[tuple[_Compiled, list[re.Match[str]]]]:
        """(pattern, its finditer matches) in pattern order, skipping patterns that need a
        context bit absent from ``present`` (the context bits of the whole text)."""
        for i in sorted(reports.keys() | self._always):
            c = self._compiled[i]
            if c.pattern.requires_context and not present >> c.bit & 1:
                continue
            matches = matched.get(c.pattern.regex)
            if matches is None:
                matches = matched[c.pattern.regex] = _confirm(c.rx, text, reports[i])
            if matches:
                yield c, matches

    def _scan_sparse(
        self,
        text: str,
        low: str,
        reports: dict[int, list[tuple[int, int]]],
        matched: dict[str, list[re.Match[str]]],
        hits: list[Hit],
    ) -> None:
        # Validate first, then look for context words in the window of each survivor only.
        windows: dict[tuple[int, int], int] = {}
        checked: dict[str, dict[str, bool]] = {}
        for c, matches in self._patterns(text, reports, matched):
            ident = c.ident
            name, kind, w, bit, outcomes = ident.name, ident.kind, ident.window, c.bit, c.outcomes
            half = w // 2
            validate = c.validator
            cache = checked.setdefault(ident.validator, {})
            grouped = c.rx.groups > 0
            for m in matches:
                s, e = _value_span(m, grouped)
                if e <= s:
                    continue
                value = text[s:e]
                ok = cache.get(value)
                if ok is None:
                    ok = cache[value] = validate(value)
                if not ok:
                    continue
                lo, hi = (s - w if s > w else 0), e + half
                tags = windows.get((lo, hi))
                if tags is None:
                    tags = windows[(lo, hi)] = self._context_tags(low, lo, hi)
                out = outcomes[tags >> bit & 3]
                if out is not None:
                    hits.append(Hit(name, kind, s, e, out[0], out[1]))

    def _scan_dense(
        self,
        text: str,
        low: str,
        reports: dict[int, list[tuple[int, int]]],
        matched: dict[str, list[re.Match[str]]],
        hits: list[Hit],
    ) -> None:
        # One pass finds every context word; the start offsets of those carrying each bit
        # are then bisected per candidate window. Patterns that require a word absent from
        # the whole text are skipped before their matches are even confirmed, and a
        # candidate's context is checked before its validator (both must pass when context
        # is required, and the bisect is the cheaper of the two).
        by_mask: dict[int, list[int]] = {}
        for end, (length, mask) in self._ctx_auto.iter(low):
            by_mask.setdefault(mask, []).append(end - length + 1)
        present = reduce(or_, by_mask, 0)
        positions: dict[int, list[int]] = {}

        def starts(bit: int) -> list[int]:
            got = positions.get(bit)
            if got is None:
                got = positions[bit] = sorted(
                    chain.from_iterable(v for mask, v in by_mask.items() if mask >> bit & 1)
                )
            return got

        checked: dict[str, dict[str, bool]] = {}
        bisect_left = bisect.bisect_left
        for c, matches in self._patterns(text, reports, matched, present):
            ident = c.ident
            name, kind, w, bit, outcomes = ident.name, ident.kind, ident.window, c.bit, c.outcomes
            half = w // 2
            validate = c.validator
            cache = checked.setdefault(ident.validator, {})
            grouped = c.rx.groups > 0
            requires = c.pattern.requires_context
            sup, neg = starts(bit), starts(bit + 1)
            nsup, nneg = len(sup), len(neg)
            for m in matches:
                if grouped:  # _value_span, inlined: this loop runs per candidate
                    s, e = m.span(1)
                    if s < 0:
                        s, e = m.span()
                else:
                    s, e = m.span()
                if e <= s:
                    continue
                lo, hi = (s - w if s > w else 0), e + half
                k = bisect_left(sup, lo)
                supported = k < nsup and sup[k] <= hi
                if requires and not supported:
                    continue
                value = text[s:e]
                ok = cache.get(value)
                if ok is None:
                    ok = cache[value] = validate(value)
                if not ok:
                    continue
                if nneg:
                    k = bisect_left(neg, lo)
                    out = outcomes[supported | (2 if k < nneg and neg[k] <= hi else 0)]
                else:
                    out = outcomes[supported]
                if out is not None:
                    hits.append(Hit(name, kind, s, e, out[0], out[1]))

    def _context_tags(self, low: str, lo: int, hi: int) -> int:
        """Context bit mask of the words starting within [lo, hi]."""
        if self._ctx_auto is None:
            return 0
        out = 0
        for start, _e, mask in _words(self._ctx_auto, low, lo, hi + self._max_ctx):
            if start <= hi:
                out |= mask
        return out

    def detect(self, parts: Iterable[tuple[str, str]], unscannable: int = 0) -> Detection:
        """Scan (part name, text) pairs; summarise into findings and the PHI verdict."""
        per_part: list[tuple[str, tuple[Hit, ...]]] = []
        for part, text in parts:
            hits = self.scan_text(text)
            if hits:
                per_part.append((part, tuple(hits)))
        return summarise(per_part, unscannable)


_NONWORD = re.compile(r"[\W_]")
# str.translate is ~30x faster than re.sub; the regex only runs for non-ASCII punctuation.
_ASCII_NONWORD = {i: " " for i in range(128) if not chr(i).isalnum()}
_NONASCII_NONWORD = re.compile(r"[^\x00-\x7f\w]")


def _key(word: str) -> str:
    return " " + " ".join(_NONWORD.sub(" ", word).split()) + " "


def _padded(low: str) -> str:
    """' ' + text with non-word characters as spaces + ' ': text offset i is padded i + 1."""
    out = low.translate(_ASCII_NONWORD)
    if not out.isascii():
        out = _NONASCII_NONWORD.sub(" ", out)
    return " " + out + " "


def _value_span(m: re.Match[str], grouped: bool) -> tuple[int, int]:
    """The identifier inside a match: its first group if the pattern has one and it took
    part, else the whole match."""
    if grouped:
        s, e = m.span(1)
        if s >= 0:
            return s, e
    return m.span()


def _confirm(rx: re.Pattern[str], text: str, reports: list[tuple[int, int]]) -> list[re.Match[str]]:
    """``rx.finditer(text)``, searching only where Hyperscan reported (end, leftmost start).

    Hyperscan reports every end offset of every match (with its leftmost start). A finditer
    match [a, b) at or after pos has b > pos, so some report ends after pos with start <= a:
    searching from the smallest such start finds exactly the match finditer would, while
    skipping text with no candidate."""
    search = rx.search
    reports.sort()
    ends, starts = zip(*reports, strict=True)
    suffix_min = list(accumulate(reversed(starts), min))
    suffix_min.reverse()
    n = len(ends)
    found: list[re.Match[str]] = []
    k = pos = 0
    while k < n:
        if ends[k] <= pos:
            k += 1
            continue
        lo = suffix_min[k]
        m = search(text, lo if lo > pos else pos)
        if m is None:
            break
        found.append(m)
        a, pos = m.span()
        if pos == a:  # empty (cannot happen: Hyperscan rejects patterns that match empty)
            pos += 1
    return found


def _words(auto: Any, padded: str, lo: int, hi: int) -> Iterable[tuple[int, int, Any]]:
    """Automaton matches whose leading space lies in padded[lo:hi], as (start, end, tags)
    in offsets of the original text (a key's leading space sits at its word's start)."""
    for end, (length, tags) in auto.iter(padded, lo, min(hi, len(padded))):
        yield end - length + 1, end - 1, tags


_PERSON_KINDS = frozenset({Kind.PERSON, Kind.NAME, Kind.BIRTH_DATE})


def _is_person(h: Hit) -> bool:
    return h.kind in _PERSON_KINDS and h.confidence >= Confidence.MEDIUM


def _is_health_id(h: Hit, level: Confidence) -> bool:
    return h.kind is Kind.HEALTH_ID and h.confidence >= level


def _non_care(hits: Iterable[Hit]) -> bool:
    return any(h.kind is Kind.NON_CARE and h.confidence >= Confidence.MEDIUM for h in hits)


def _phi(hits: Iterable[Hit], non_care: bool = False) -> bool:
    person = health = name = birth = False
    for h in hits:
        if _is_health_id(h, Confidence.HIGH):
            # A health-specific identifier with supporting context is PHI by itself.
            return True
        person |= _is_person(h)
        # Weak health words (specialty names in clinic signatures) are LOW and do not count.
        health |= (
            h.kind is Kind.HEALTH_INFO and h.confidence >= Confidence.MEDIUM
        ) or _is_health_id(h, Confidence.MEDIUM)
        name |= h.kind is Kind.NAME and h.confidence >= Confidence.MEDIUM
        # HIGH: labelled as a record's date of birth ("DOB"), not a birth date in prose.
        birth |= h.kind is Kind.BIRTH_DATE and h.confidence >= Confidence.HIGH
    # PHI needs an individual and health information in the same message, or a patient's
    # identity: a name with a date of birth, the two identifiers by which care identifies a
    # patient (demographics a covered entity holds because it treats someone are PHI, 45 CFR
    # 160.103, health term or not), unless the message is about something else (``non_care``:
    # payroll, HR, birthdays; employment records are not PHI).
    return (person and health) or (name and birth and not non_care)


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """One detector's hits with those inside a longer or stronger hit of it removed
    (two patterns of one identifier often match the same number)."""
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end, -h.confidence)):
        if out and h.start < out[-1].end:
            last = out[-1]
            if h.end <= last.end or h.confidence <= last.confidence:
                if h.confidence > last.confidence:
                    out[-1] = Hit(
                        last.detector, last.kind, last.start, last.end, h.confidence, True
                    )
                continue
        out.append(h)
    return out


def summarise(per_part: list[tuple[str, tuple[Hit, ...]]], unscannable: int = 0) -> Detection:
    all_hits = [h for _, hits in per_part for h in hits]
    non_care = _non_care(all_hits)  # a message-wide topic, not a property of one part
    phi = _phi(all_hits, non_care)
    phi_parts: set[str] = set()
    for part, hits in per_part:
        alone = _phi(hits, non_care)
        carries_id = any(_is_person(h) or _is_health_id(h, Confidence.MEDIUM) for h in hits)
        # A part carries PHI if it is PHI on its own, or names the individual of a PHI message.
        if alone or (phi and carries_id):
            phi_parts.add(_part_kind(part))
    findings: list[Finding] = []
    for part, hits in per_part:
        groups: dict[str, list[Hit]] = {}
        for h in hits:
            groups.setdefault(h.detector, []).append(h)
        for det in sorted(groups):
            hs = _dedupe(groups[det])
            findings.append(
                Finding(
                    detector=det,
                    part=part,
                    count=len(hs),
                    confidence=max(h.confidence for h in hs),
                    offsets=tuple((h.start, h.end) for h in hs),
                )
            )
    if unscannable:
        findings.append(Finding("unscannable", "unscannable", unscannable, Confidence.HIGH))
    return Detection(tuple(findings), phi, frozenset(phi_parts), tuple(per_part))

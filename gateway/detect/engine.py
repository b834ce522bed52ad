"""The detector engine: one multi-pattern pass, one dictionary pass, context scoring.

Speed matters (the gateway scans inline, before the 250): every identifier pattern is compiled
into a single Hyperscan database when hyperscan is importable, which reports candidate start
offsets; Python's ``re`` then confirms each candidate with ``pattern.match`` at that offset, so
both paths produce the same matches (the pure-``re`` fallback runs ``finditer`` per pattern).
Dictionaries and context words share one Aho-Corasick automaton over the lower-cased text.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import reduce
from itertools import accumulate
from operator import or_
from typing import Any

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


@dataclass(frozen=True, slots=True)
class Hit:
    """One detector match in one part. Offsets only; the text stays in the part."""

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


@dataclass(frozen=True)
class _Compiled:
    ident: IdentifierSpec
    pattern: PatternSpec
    rx: re.Pattern[str]
    validator: Validator


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
        for ident in spec.identifiers.values():
            for pat in ident.patterns:
                # re.ASCII: \d, \w and \b mean the same as in Hyperscan, which scans bytes.
                rx = re.compile(pat.regex, re.ASCII)
                self._compiled.append(_Compiled(ident, pat, rx, validators[ident.validator]))
        self._build_words()
        self._hs_db: Any = None
        self._always: list[int] = list(range(len(self._compiled)))
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
        self._bits: dict[str, int] = {}
        for i, ident in enumerate(self.spec.identifiers.values()):
            self._bits[ident.name] = i
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
        self._ctx_auto: Any = self._automaton(ctx_keys)
        self._dict_auto: Any = self._automaton({k: tuple(sorted(t)) for k, t in dict_keys.items()})
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
        db = _hs.Database()
        db.compile(
            expressions=[self._compiled[i].pattern.regex.encode() for i in ok],
            ids=ok,
            elements=len(ok),
            flags=[_hs.HS_FLAG_SOM_LEFTMOST] * len(ok),
        )
        self._hs_db = db
        self._always = bad

    def _scratch(self) -> Any:
        # Hyperscan scratch space must not be shared by concurrent scans: one per thread.
        s = getattr(self._local, "scratch", None)
        if s is None:
            assert _hs is not None
            s = _hs.Scratch(self._hs_db)
            self._local.scratch = s
        return s

    # -- scanning -----------------------------------------------------------------------

    def _regex_matches(self, text: str) -> Iterable[tuple[int, re.Match[str]]]:
        """(compiled index, match): exactly ``finditer``'s matches on both paths."""
        reports: dict[int, list[tuple[int, int]]] = {}
        if self._hs_db is not None:
            # Non-ASCII characters become '?': one byte per character keeps offsets aligned.
            data = text.encode("ascii", "replace")

            def on_match(idx: int, frm: int, to: int, flags: int, ctx: object) -> None:
                reports.setdefault(idx, []).append((to, frm))

            self._hs_db.scan(data, match_event_handler=on_match, scratch=self._scratch())
        for i in sorted(set(reports) | set(self._always)):
            rx = self._compiled[i].rx
            if i not in reports:
                for m in rx.finditer(text):
                    yield i, m
                continue
            # Hyperscan reports every end offset of every match (with its leftmost start).
            # A finditer match [a, b) at or after pos has b > pos, so some report ends after
            # pos with start <= a: searching from the smallest such start finds exactly the
            # match finditer would, while skipping text with no candidate.
            ends = sorted(reports[i])
            end_list = [e for e, _ in ends]
            suffix_min = list(accumulate(reversed([st for _, st in ends]), min))[::-1]
            pos = 0
            while True:
                k = bisect.bisect_right(end_list, pos)
                if k >= len(ends):
                    break
                found = rx.search(text, max(pos, suffix_min[k]))
                if found is None:
                    break
                yield i, found
                pos = found.end() if found.end() > found.start() else found.end() + 1

    def scan_text(self, text: str) -> list[Hit]:
        """All hits in one part's text, with context-adjusted confidence."""
        if not text:
            return []
        low = _padded(_lower_same_length(text))
        hits: list[Hit] = []
        if self._dict_auto is not None:
            for start, end, names in _words(self._dict_auto, low, 0, len(low)):
                for name in names:
                    d = self.spec.dictionaries[name]
                    hits.append(Hit(d.name, d.kind, start, end, d.confidence, False))
        cands: list[tuple[_Compiled, int, int]] = []
        for i, m in self._regex_matches(text):
            c = self._compiled[i]
            if c.rx.groups and m.group(1) is not None:
                s, e = m.span(1)
            else:
                s, e = m.span()
            if e > s and c.validator(text[s:e]):
                cands.append((c, s, e))
        if not cands:
            return hits
        # Few candidates: scan only their windows for context words. Many (number-dense
        # text): one pass over the whole text, then a bisect per window, is cheaper.
        full: tuple[list[int], list[int]] | None = None
        if self._ctx_auto is not None and len(cands) * self.full_pass_chars > len(text):
            found = list(_words(self._ctx_auto, low, 0, len(low)))
            full = ([w[0] for w in found], [w[2] for w in found])
        windows: dict[tuple[int, int], int] = {}
        for c, s, e in cands:
            w = c.ident.window
            lo, hi = max(0, s - w), e + w // 2
            tags = windows.get((lo, hi))
            if tags is None:
                if full is not None:
                    starts, masks = full
                    a, b = bisect.bisect_left(starts, lo), bisect.bisect_right(starts, hi)
                    tags = reduce(or_, masks[a:b], 0)
                else:
                    tags = self._context_tags(low, lo, hi)
                windows[(lo, hi)] = tags
            hit = self._score(c, s, e, tags)
            if hit is not None:
                hits.append(hit)
        return hits

    def _context_tags(self, low: str, lo: int, hi: int) -> int:
        """Context bit mask of the words starting within [lo, hi]."""
        if self._ctx_auto is None:
            return 0
        out = 0
        for start, _e, mask in _words(self._ctx_auto, low, lo, hi + self._max_ctx):
            if start <= hi:
                out |= mask
        return out

    def _score(self, c: _Compiled, s: int, e: int, tags: int) -> Hit | None:
        name = c.ident.name
        bit = 2 * self._bits[name]
        supported = bool(tags >> bit & 1)
        if c.pattern.requires_context and not supported:
            return None
        level = int(c.pattern.confidence) + (1 if supported else 0)
        if tags >> (bit + 1) & 1:
            # Negative context (order, invoice, tracking...) lowers by one level.
            level -= 1
        if level < Confidence.LOW:
            return None
        conf = Confidence(min(level, Confidence.HIGH))
        return Hit(name, c.ident.kind, s, e, conf, supported)

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


def _words(auto: Any, padded: str, lo: int, hi: int) -> Iterable[tuple[int, int, Any]]:
    """Automaton matches whose leading space lies in padded[lo:hi], as (start, end, tags)
    in offsets of the original text (a key's leading space sits at its word's start)."""
    for end, (length, tags) in auto.iter(padded, lo, min(hi, len(padded))):
        yield end - length + 1, end - 1, tags


def _is_person(h: Hit) -> bool:
    return h.kind is Kind.PERSON and h.confidence >= Confidence.MEDIUM


def _is_health_id(h: Hit, level: Confidence) -> bool:
    return h.kind is Kind.HEALTH_ID and h.confidence >= level


def _phi(hits: Iterable[Hit]) -> bool:
    person = health = False
    for h in hits:
        if _is_health_id(h, Confidence.HIGH):
            # A health-specific identifier with supporting context is PHI by itself.
            return True
        person |= _is_person(h)
        # Weak health words (specialty names in clinic signatures) are LOW and do not count.
        health |= (
            h.kind is Kind.HEALTH_INFO and h.confidence >= Confidence.MEDIUM
        ) or _is_health_id(h, Confidence.MEDIUM)
    # Otherwise PHI needs an individual and health information in the same message.
    return person and health


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
    phi = _phi(all_hits)
    phi_parts: set[str] = set()
    for part, hits in per_part:
        alone = _phi(hits)
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

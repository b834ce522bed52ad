"""The detector engine: one multi-pattern pass, one dictionary pass, context scoring.

Speed matters (the gateway scans inline, before the 250): the identifier patterns are compiled
into Hyperscan databases when hyperscan is importable, which report where matches end and
either their leftmost starts or, where tracking starts would be costly, an offset no match can
start before (reach.py); Python's ``re`` then searches only from those offsets, so both paths
produce exactly ``finditer``'s matches (the pure-``re`` fallback runs ``finditer`` per pattern).
For simple patterns in ASCII text with exact starts, reports that do not overlap are those
matches already and ``re`` is skipped (``_plain``). Dictionaries and context words each have
an Aho-Corasick automaton over the lower-cased text. Number-dense text (a candidate every few
characters) is the expensive case: there the work per candidate is kept to a few lookups (see
``_scan_dense``). Its floor is the hyperscan binding itself: each report is a Python call that
retakes the GIL (~0.5 us), and dense text has ~90 reports per KB.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import reduce
from itertools import accumulate, chain
from operator import or_
from typing import Any, NamedTuple

from gateway.detect.literals import Literals
from gateway.detect.misspell import Misspellings
from gateway.detect.pieces import PIECE_CHARS, pieces
from gateway.detect.probes import SHIFT, probes
from gateway.detect.reach import Reach, reach, start_bounds
from gateway.detect.spec import (
    MISSPELLING,
    TABLE_NAME,
    DetectorSpec,
    IdentifierSpec,
    Kind,
    PatternSpec,
)
from gateway.detect.tables import table_names
from gateway.detect.templates import blank_merge_tags
from gateway.detect.validators import Validator, make_validators
from gateway.detect.whose import Links, demographic_after, placed_before, tied_term, unit_after
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
    stopped: bool = False  # the time bound ran out before every part was scanned


# What a candidate becomes, by its two context bits (1: supporting word near, 2: negative
# word near): None (dropped) or (confidence, supported). Precomputed per pattern.
_Outcomes = tuple[tuple[Confidence, bool] | None, ...]


def _outcomes(pattern: PatternSpec) -> _Outcomes:
    out: list[tuple[Confidence, bool] | None] = []
    for bits in range(4):
        supported, negative = bool(bits & 1), bool(bits & 2)
        # Negative context (order, invoice, tracking...) lowers by one level, from the level
        # support gives capped at HIGH: a labelled identifier's own label supports it, and
        # "Medicaid ID: 0412345" beside "Tax ID" and "PTAN" is a provider's number.
        level = min(int(pattern.confidence) + supported, Confidence.HIGH) - negative
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
    # Hyperscan's (leftmost start, end) reports stand for re's matches in ASCII text when
    # they do not overlap (see _plain): no re confirmation needed.
    plain: bool


def _part_kind(part: str) -> str:
    return part.split(":", 1)[0]


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters (e.g. U+0130) lower-case to two code points; keep offsets aligned.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_FAR = 1 << 62  # past every window: ends each list of word starts as a sentinel
# Hit(*fields) without the Python-level __new__ of a NamedTuple (~0.1 us less per hit).
_new_hit = tuple.__new__


class _Words:
    """The context words of a whole text, from one automaton pass: the bits they carry, and
    per bit the sorted start offsets of its words (bisected per candidate window)."""

    __slots__ = ("_by_mask", "_starts", "present")

    def __init__(self, auto: Literals[tuple[int, int, int]], low: str) -> None:
        by_mask: dict[int, list[int]] = {}
        for start, mask in _context_words(auto.iter(low)):
            by_mask.setdefault(mask, []).append(start)
        self._by_mask = by_mask
        self._starts: dict[int, list[int]] = {}
        self.present: int = reduce(or_, by_mask, 0)

    def starts(self, bit: int) -> list[int]:
        """Start offsets of the words carrying ``bit``, ascending, then the sentinel _FAR."""
        got = self._starts.get(bit)
        if got is None:
            got = sorted(
                chain.from_iterable(v for mask, v in self._by_mask.items() if mask >> bit & 1)
            )
            got.append(_FAR)
            self._starts[bit] = got
        return got


def validators_for(spec: DetectorSpec) -> dict[str, Validator]:
    """The named validators, with the spec's code, name and word lists."""
    return make_validators(
        spec.icd10cm_codes,
        spec.first_names,
        spec.last_names,
        spec.common_words,
        spec.health_words(),
    )


# A blank line (spaces allowed): a name's negative context words do not reach across it.
# "Dear Dr. Lee,\n\nMaria Lopez is on our schedule": the "Dr." is the addressee's, not a
# sign that Maria Lopez is staff. Supporting words do ("Patient:\n\nMaria Lopez"), and so
# do other identifiers' negatives ("Order number:\n\n123456789").
_PARAGRAPH = re.compile(r"\n[ \t\r]*\n")


class _Paragraphs:
    """A part's paragraph breaks, found when first asked, to clip context windows."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def window(self, lo: int, s: int, e: int, hi: int) -> tuple[int, int]:
        """[lo, hi] clipped to the paragraph holding [s, e] (and lo to 0)."""
        lo = max(lo, 0)
        if self.starts is None:
            found = [m.span() for m in _PARAGRAPH.finditer(self.text)]
            self.ends = [a for a, _ in found]
            self.starts = [b for _, b in found]
        if not self.starts:
            return lo, hi
        i = bisect.bisect_right(self.starts, s)
        if i:
            lo = max(lo, self.starts[i - 1])
        j = bisect.bisect_left(self.ends, e)
        if j < len(self.ends):
            hi = min(hi, self.ends[j])
        return lo, hi


_SIBILANT = ("s", "x", "z", "ch", "sh")


def _plural(term: str) -> str | None:
    """The regular English plural of a term's last word ("x-ray" -> "x-rays", "biopsy" ->
    "biopsies"); None where there is none to make (a number, an abbreviation of two letters,
    a word already ending in s: "diabetes", "ct abdomen/pelvis w/o")."""
    last = term.rsplit(" ", 1)[-1].rsplit("-", 1)[-1]
    if len(last) < 3 or not last.isalpha() or last.endswith("s"):
        return None
    if last.endswith(_SIBILANT):
        return term + "es"
    if last.endswith("y") and last[-2] not in "aeiou":
        return term[:-1] + "ies"
    return term + "s"


class DetectorEngine:
    """Compiled detectors. Immutable after construction and safe to share between threads."""

    # Above one candidate per this many characters, context words are found in one pass
    # over the whole text instead of per window (same result, different cost). None (the
    # default): always one pass when Hyperscan finds the words, else above one per 100.
    full_pass_chars: int | None = None
    # Longer parts are scanned in pieces, with the time bound asked between them (pieces.py).
    piece_chars = PIECE_CHARS

    def __init__(self, spec: DetectorSpec, use_hyperscan: bool | None = None) -> None:
        self.spec = spec
        validators = validators_for(spec)
        self._compiled: list[_Compiled] = []
        for i, ident in enumerate(spec.identifiers.values()):
            for pat in ident.patterns:
                # re.ASCII: \d, \w and \b mean the same as in Hyperscan, which scans bytes.
                rx = re.compile(pat.regex, re.ASCII)
                v = validators[ident.validator]
                plain = rx.groups == 0 and _plain(pat.regex)
                self._compiled.append(_Compiled(ident, pat, rx, v, 2 * i, _outcomes(pat), plain))
        want = HAVE_HYPERSCAN if use_hyperscan is None else use_hyperscan
        self._build_words(want)
        self._misspell = self._build_misspellings()
        self._near = {
            n: i.near_health for n, i in spec.identifiers.items() if i.near_health is not None
        }
        # Identifiers whose bare hits need a link to health information (whose.py).
        self._link = {n: self._near[n] for n, i in spec.identifiers.items() if i.link}
        # Identifiers that with a name make a patient's identity (the identity rule).
        self._identity = frozenset(n for n, i in spec.identifiers.items() if i.identity)
        # Dictionaries whose terms lift a business topic (``care_setting`` in the spec).
        self._care_setting = frozenset(n for n, d in spec.dictionaries.items() if d.care_setting)
        self._hs_dbs: tuple[tuple[Any, bool], ...] = ()  # (database, reports starts)
        self._hs_reach: dict[int, Reach] = {}  # Hyperscan ids scanned without SOM
        self._hs_exact: frozenset[int] = frozenset()  # patterns whose reports are exact
        self._always: frozenset[int] = frozenset(range(len(self._compiled)))
        # Context bit 2i supports identifier i, bit 2i + 1 is a negative word for it.
        self._support_bits = sum(1 << (2 * i) for i in range(len(spec.identifiers)))
        # Patterns re runs itself that need a context word: skipped, before their finditer,
        # in text without that word anywhere (one context pass over the text decides).
        self._always_ctx = any(self._compiled[i].pattern.requires_context for i in self._always)
        self._hs_alias: dict[int, list[int]] = {}  # Hyperscan id -> patterns with that regex
        self._n_ids = 0  # Hyperscan ids are below this
        # (identifier, pattern) for patterns Hyperscan compiles but was caught missing
        # matches on (probes.py): they run on the re path.
        self.hs_refused: tuple[tuple[str, PatternSpec], ...] = ()
        if want and HAVE_HYPERSCAN and self._compiled:
            self._build_hyperscan()
        self._local = threading.local()

    @property
    def uses_hyperscan(self) -> bool:
        return bool(self._hs_dbs)

    def notes(self) -> list[str]:
        """``path:line:col: note: ...`` for each pattern kept off the Hyperscan path because
        Hyperscan missed matches on it (for ``policy check`` and the load log; no text)."""
        return [
            f"{p.where or 'detectors'}: note: identifiers.{name}: Hyperscan misses matches that "
            "re finds for this pattern (a Vectorscan fault); it runs on the slower re path, "
            "with the same findings"
            for name, p in self.hs_refused
        ]

    # -- construction -------------------------------------------------------------------

    def _build_misspellings(self) -> Misspellings | None:
        terms = [t for d in self.spec.dictionaries.values() if d.misspellings for t in d.terms]
        terms += [p for t in terms if (p := _plural(t))]
        if not terms:
            return None
        # Words never taken as misspelt: everyday English, census names, and every word the
        # dictionaries and context lists hold as written.
        listed = {
            w
            for words in chain(
                (d.terms for d in self.spec.dictionaries.values()),
                self.spec.word_lists.values(),
            )
            for t in words
            for w in t.split()
        }
        known = self.spec.common_words | self.spec.first_names | self.spec.last_names | listed
        return Misspellings(terms, known)

    def _expand(self, words: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for w in words:
            if w.startswith("@"):
                out.update(self.spec.word_lists.get(w[1:], ()))
            else:
                out.add(w)
        return out

    def _build_words(self, use_hyperscan: bool) -> None:
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
                # Health lists are kept in the singular; mail says "x-rays", "ct scans".
                if d.kind is Kind.HEALTH_INFO and (pl := _plural(w)) is not None:
                    terms.setdefault(pl, set()).add(d.name)
        # Keys are padded with spaces and the text has every non-word character turned into a
        # space (same length), so the automaton only reports whole words: "hiv" cannot fire
        # inside "archive", and "hiv/aids" matches "HIV-AIDS" too.
        ctx_keys: dict[str, int] = {}
        for w, mask in ctx.items():
            for key in _keys(w):
                ctx_keys[key] = ctx_keys.get(key, 0) | mask
        # A negative phrase cancels, for its identifiers, the support of the words inside it:
        # "patient access" (a desk) is no patient word for the name beside it. A supporting
        # phrase cancels the negatives inside it the same way: "doctor's note" and "PCA
        # hours" (care someone gets) are no doctor and no office hours.
        odd = sum(1 << b for b in range(1, 2 * len(self.spec.identifiers), 2))
        ctx_values: dict[str, tuple[int, int, int]] = {}
        for key, mask in ctx_keys.items():
            flips = ((mask & odd) >> 1) | ((mask & ~odd) << 1)
            cancel = 0
            if flips:
                for inner, inner_mask in ctx_keys.items():
                    if inner != key and inner in key:
                        cancel |= inner_mask & flips & ~mask
            ctx_values[key] = (len(key), mask, cancel)
        dict_keys: dict[str, set[str]] = {}
        for w, names in terms.items():
            for key in _keys(w):
                dict_keys.setdefault(key, set()).update(names)
        dicts = self.spec.dictionaries
        self._ctx_auto = Literals(ctx_values, use_hyperscan) if ctx_values else None
        self._dict_auto = (
            Literals(
                {
                    k: (len(k), tuple((n, dicts[n].kind, dicts[n].confidence) for n in sorted(t)))
                    for k, t in dict_keys.items()
                },
                use_hyperscan,
            )
            if dict_keys
            else None
        )
        self._max_ctx = max((len(k) for k in ctx_keys), default=0)

    def _build_hyperscan(self) -> None:
        assert _hs is not None
        ok: list[int] = []
        bad: list[int] = []
        no_som: set[int] = set()  # compiles only without start tracking (ends database)
        refused: list[tuple[str, PatternSpec]] = []
        for i, c in enumerate(self._compiled):
            # Compile one at a time first so one unsupported construct only costs that
            # pattern its fast path, not the whole database.
            fit = _hs_fit(c.rx, _hs.HS_FLAG_SOM_LEFTMOST)
            # Bounded repeats ("{1,64}", the guard against re's quadratic rescans) can be too
            # large for start tracking; with a bounded reach the ends database serves them.
            if fit is None and reach(c.pattern.regex).bounded:
                fit = _hs_fit(c.rx, 0)
                if fit:
                    no_som.add(i)
            if fit:
                ok.append(i)
            else:
                bad.append(i)
                if fit is False:  # compiles, but misses a match re finds (probes.py)
                    refused.append((c.ident.name, c.pattern))
        self.hs_refused = tuple(refused)
        if not ok:
            return
        # Patterns with the same regex (e.g. a 9-digit SSN and an ABA routing number) share
        # one expression: its reports are handed to all of them.
        first: dict[str, int] = {}
        for i in ok:
            j = first.setdefault(self._compiled[i].pattern.regex, i)
            self._hs_alias.setdefault(j, []).append(i)
        # Start-of-match tracking (SOM) triples the cost of the scan (see reach.py). It is
        # kept only where it is cheap and saves re's confirmation (simple patterns of
        # bounded but varying length, whose reports stand for re's matches: see _plain),
        # and where the start has no other bound. The rest report ends only; unbounded
        # simple patterns (names) are where SOM costs most.
        som: list[int] = []
        ends: list[int] = []
        for i in sorted(self._hs_alias):
            r = reach(self._compiled[i].pattern.regex)
            cheap = self._compiled[i].plain and r.width is not None
            if r.fixed is None and (cheap or not r.bounded) and i not in no_som:
                som.append(i)
            else:
                ends.append(i)
                self._hs_reach[i] = r
        self._hs_dbs = tuple(
            (self._hs_compile(ids, flag), flag != 0)
            for ids, flag in ((ends, 0), (som, _hs.HS_FLAG_SOM_LEFTMOST))
            if ids
        )
        self._hs_exact = frozenset(
            alias
            for i in som + [i for i in ends if self._hs_reach[i].fixed is not None]
            for alias in self._hs_alias[i]
        )
        self._always = frozenset(bad)
        self._always_ctx = any(self._compiled[i].pattern.requires_context for i in bad)
        self._n_ids = max(self._hs_alias) + 1

    def _hs_compile(self, ids: list[int], flag: int) -> Any:
        assert _hs is not None
        db = _hs.Database()
        db.compile(
            expressions=[self._compiled[i].pattern.regex.encode() for i in ids],
            ids=ids,
            elements=len(ids),
            flags=[flag] * len(ids),
        )
        return db

    def _scratches(self) -> tuple[Any, ...]:
        # Hyperscan scratch space must not be shared by concurrent scans: one per thread
        # and database.
        s: tuple[Any, ...] | None = getattr(self._local, "scratch", None)
        if s is None:
            assert _hs is not None
            s = self._local.scratch = tuple(_hs.Scratch(db) for db, _ in self._hs_dbs)
        return s

    # -- scanning -----------------------------------------------------------------------

    def _reports(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """(end, start) per Hyperscan report and compiled pattern; {} without Hyperscan. The
        start is the leftmost one for patterns in ``_hs_exact`` (scanned with SOM, or of one
        length), else the lowest offset where such a match can start (reach.py)."""
        if not self._hs_dbs:
            return {}
        # Non-ASCII characters become '?': one byte per character keeps offsets aligned.
        data = text.encode("ascii", "replace")
        got: list[list[Any]] = [[] for _ in range(self._n_ids)]
        add = [found.append for found in got]
        # Called once per report (~90 per KB of number-dense text): keep it to one append.
        for (db, som), scratch in zip(self._hs_dbs, self._scratches(), strict=True):
            if som:
                db.scan(
                    data,
                    match_event_handler=lambda idx, frm, to, flags, ctx: add[idx]((to, frm)),
                    scratch=scratch,
                )
            else:
                db.scan(
                    data,
                    match_event_handler=lambda idx, frm, to, flags, ctx: add[idx](to),
                    scratch=scratch,
                )
        reports: dict[int, list[tuple[int, int]]] = {}
        for idx, ends in enumerate(got):
            if not ends:
                continue
            r = self._hs_reach.get(idx)
            if r is None:
                found = ends  # (end, leftmost start) already
            elif r.fixed is not None:
                w = r.fixed
                found = [(e, e - w) for e in ends]
            else:
                found = start_bounds(data, ends, r)
            for alias in self._hs_alias[idx]:
                reports[alias] = found
        return reports

    def scan_text(self, text: str) -> list[Hit]:
        """All hits in one part's text, with context-adjusted confidence."""
        if not text:
            return []
        text = fold_accents(text)
        low = _padded(_lower_same_length(text))
        hits: list[Hit] = []
        if self._dict_auto is not None:
            for end, (length, entries) in self._dict_auto.iter(low):
                # The key's leading space sits at its word's start offset in the text.
                start = end - length + 1
                for name, kind, conf in entries:
                    hits.append(_new_hit(Hit, (name, kind, start, end - 1, conf, False)))
        reports = self._reports(text)
        # Patterns Hyperscan cannot run (all of them on the pure-re path) cost a finditer over
        # the whole text each: one pass for context words first lets those that need a word
        # absent from the text skip it (they could not match).
        words: _Words | None = None
        present = -1
        if self._always_ctx and self._ctx_auto is not None:
            words = _Words(self._ctx_auto, low)
            present = words.present
        spans: dict[str, list[tuple[int, int]]] = {}  # by regex: equal regexes match once
        for i in self._always:
            c = self._compiled[i]
            if c.pattern.regex not in spans and (
                not c.pattern.requires_context or present >> c.bit & 1
            ):
                spans[c.pattern.regex] = _spans(c.rx.finditer(text), c.rx.groups > 0)
        total = sum(map(len, reports.values())) + sum(map(len, spans.values()))
        if not total:
            return hits
        # Context words in one pass over the whole text, or (with the automaton, few
        # candidates) only in their windows. Both give the same hits. Hyperscan finds the
        # context words of 30 KB in ~0.1 ms: its one pass is the cheaper at any density
        # (4 KB of prose: 218 against 227 us per scan_text).
        ctx, every = self._ctx_auto, self.full_pass_chars
        if every is None:
            one_pass = (ctx is not None and ctx.uses_hyperscan) or total * 100 > len(text)
        else:
            one_pass = total * every > len(text)
        if ctx is not None and one_pass:
            if words is None:
                words = _Words(ctx, low)
            self._scan_dense(text, words, reports, spans, hits)
        else:
            self._scan_sparse(text, low, reports, spans, hits, present)
        return hits

    def scan_pieces(
        self, text: str, out_of_time: Callable[[], bool] | None = None
    ) -> tuple[list[Hit], bool]:
        """``scan_text`` of a part of any length, piece by piece when it is longer than
        ``piece_chars``, asking ``out_of_time`` before each piece after the first. Returns the
        hits and whether it stopped early (the hits then cover the pieces scanned)."""
        if len(text) <= self.piece_chars:
            return self.scan_text(text), False
        hits: list[Hit] = []
        new_hit = _new_hit
        for lo, hi, a, b in pieces(text, self.piece_chars):
            if a and out_of_time is not None and out_of_time():
                return hits, True
            for h in self.scan_text(text[lo:hi]):
                if a <= h[2] + lo < b:
                    hits.append(new_hit(Hit, (h[0], h[1], h[2] + lo, h[3] + lo, h[4], h[5])))
        return hits, False

    def _patterns(
        self,
        text: str,
        reports: dict[int, list[tuple[int, int]]],
        spans: dict[str, list[tuple[int, int]]],
        present: int,
    ) -> Iterable[tuple[_Compiled, list[tuple[int, int]]]]:
        """(pattern, (end, start) of its identifier in each finditer match) in pattern order,
        skipping patterns that need a context bit absent from ``present`` (the context bits
        of the whole text; -1 when not known)."""
        ascii_text = text.isascii()
        for i in sorted(reports.keys() | self._always):
            c = self._compiled[i]
            if c.pattern.requires_context and not present >> c.bit & 1:
                continue
            found = spans.get(c.pattern.regex)
            if found is None:
                reps = reports.get(i)
                if reps is None:  # a pattern re runs itself (not reached: scan_text ran it)
                    found = _spans(c.rx.finditer(text), c.rx.groups > 0)
                elif c.plain and i in self._hs_exact and ascii_text and _disjoint(reps):
                    found = reps  # exactly finditer's matches (see _plain)
                else:
                    found = _spans(_confirm(c.rx, text, reps), c.rx.groups > 0)
                spans[c.pattern.regex] = found
            if found:
                yield c, found

    def _scan_sparse(
        self,
        text: str,
        low: str,
        reports: dict[int, list[tuple[int, int]]],
        spans: dict[str, list[tuple[int, int]]],
        hits: list[Hit],
        present: int,
    ) -> None:
        # Validate first, then look for context words in the window of each survivor only.
        windows: dict[tuple[int, int], int] = {}
        clip = _Paragraphs(text)
        checked: dict[str, dict[str, bool]] = {}
        new_hit = _new_hit
        for c, found in self._patterns(text, reports, spans, present):
            ident = c.ident
            name, kind, w, bit, outcomes = ident.name, ident.kind, ident.window, c.bit, c.outcomes
            half = w // 2
            validate = c.validator
            cache = checked.setdefault(ident.validator, {})
            for e, s in found:
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
                # A name's negative words only from its own paragraph: looked at again only
                # when the whole window has one (a clip can only remove negatives).
                if tags >> bit & 2 and kind is Kind.NAME:
                    nlo, nhi = clip.window(lo, s, e, hi)
                    if (nlo, nhi) != (lo, hi):
                        near = windows.get((nlo, nhi))
                        if near is None:
                            near = windows[(nlo, nhi)] = self._context_tags(low, nlo, nhi)
                        tags = (tags & self._support_bits) | (near & ~self._support_bits)
                out = outcomes[tags >> bit & 3]
                if out is not None:
                    hits.append(new_hit(Hit, (name, kind, s, e, out[0], out[1])))

    def _scan_dense(
        self,
        text: str,
        words: _Words,
        reports: dict[int, list[tuple[int, int]]],
        spans: dict[str, list[tuple[int, int]]],
        hits: list[Hit],
    ) -> None:
        # One pass found every context word; the start offsets of those carrying each bit
        # are bisected per candidate window. Patterns that require a word absent from the
        # whole text are skipped before their matches are even confirmed, and a candidate's
        # context is checked before its validator (both must pass when context is required,
        # and the bisect is the cheaper of the two).
        checked: dict[str, dict[str, bool]] = {}
        bisect_left = bisect.bisect_left
        new_hit = _new_hit
        append = hits.append
        clip = _Paragraphs(text)
        for c, found in self._patterns(text, reports, spans, words.present):
            ident = c.ident
            name, kind, w, outcomes = ident.name, ident.kind, ident.window, c.outcomes
            half = w // 2
            validate = c.validator
            cache = checked.setdefault(ident.validator, {})
            requires = c.pattern.requires_context
            # Both end with a sentinel past any window: a bisect always lands on an element.
            sup, neg = words.starts(c.bit), words.starts(c.bit + 1)
            negatives = len(neg) > 1
            for e, s in found:
                # Window [s - w, e + half]; a negative s - w bisects like 0 (starts are >= 0).
                hi = e + half
                supported = sup[bisect_left(sup, s - w)] <= hi
                if requires and not supported:
                    continue
                value = text[s:e]
                ok = cache.get(value)
                if ok is None:
                    ok = cache[value] = validate(value)
                if not ok:
                    continue
                # A name's negative words only from its own paragraph (bisected again only
                # when the whole window has one: a clip can only remove negatives).
                negative = negatives and neg[bisect_left(neg, s - w)] <= hi
                if negative and kind is Kind.NAME:
                    nlo, nhi = clip.window(s - w, s, e, hi)
                    negative = neg[bisect_left(neg, nlo)] <= nhi
                out = outcomes[supported | 2 if negative else supported]
                if out is not None:
                    append(new_hit(Hit, (name, kind, s, e, out[0], out[1])))

    def _context_tags(self, low: str, lo: int, hi: int) -> int:
        """Context bit mask of the words starting within [lo, hi]."""
        if self._ctx_auto is None:
            return 0
        out = 0
        # From a phrase's length earlier: one starting before the window may cancel a word
        # inside it (_context_words).
        begin = max(0, lo - self._max_ctx)
        matches = self._ctx_auto.iter(low, begin, min(hi + self._max_ctx, len(low)))
        for start, mask in _context_words(matches):
            if lo <= start <= hi:
                out |= mask
        return out

    def detect(
        self,
        parts: Iterable[tuple[str, str]],
        unscannable: int = 0,
        out_of_time: Callable[[], bool] | None = None,
    ) -> Detection:
        """Scan (part name, text) pairs; summarise into findings and the PHI verdict.

        ``out_of_time`` is asked before each part, and between the pieces of a long one
        (``scan_pieces``): once it says yes, the rest is not scanned and the message counts
        one more "unscannable" (``stopped``). The part it stopped in keeps the hits found."""
        per_part: list[tuple[str, tuple[Hit, ...]]] = []
        pets: set[str] = set()  # names given to animals in this message ("our beagle Luna")
        lone: dict[tuple[int, int], str] = {}  # (part, start) of one-word names: the name
        stopped = False
        told = False  # the Subject told the reader about their care ("Your biopsy")
        someone = False  # a person or health identifier in a part so far
        for part, raw in parts:
            if out_of_time is not None and out_of_time():
                stopped = True
                break
            # Accents folded as scan_text folds them (same offsets): "mi mamá" is "mi mama"
            # to the link cues and the tables too.
            text = blank_merge_tags(fold_accents(raw))
            hits, stopped = self.scan_pieces(text, out_of_time)
            # The table and misspelling passes are single linear passes (tens of ms per MB):
            # the clock is asked before each, not inside.
            stopped = stopped or (out_of_time is not None and out_of_time())
            # Cells under a "Patient" column: names with their label (tables.py).
            if not stopped:
                hits.extend(
                    Hit(TABLE_NAME, Kind.NAME, s, e, Confidence.HIGH, True)
                    for s, e in table_names(text)
                )
                stopped = out_of_time is not None and out_of_time()
            # Misspelt health terms (misspell.py), only where one can decide the verdict:
            # someone is identified (here or in an earlier part, as the Subject) and this part
            # has no health word spelt right. The word pass costs ~10 ms per MB.
            someone = someone or any(h.kind in _SOMEONE for h in hits)
            if (
                not stopped
                and self._misspell is not None
                and someone
                and not any(map(_is_health, hits))
            ):
                hits.extend(
                    Hit(MISSPELLING, Kind.HEALTH_INFO, s, e, Confidence.MEDIUM, False)
                    for s, e in self._misspell.find(_lower_same_length(text))
                )
            if hits:
                # Street names and eponyms are no names to link ("Cassidy Alvarado, 369 Preston
                # Cape. ... the colonoscopy": "Preston Cape" is not the next person).
                hits = list(_drop_misread(tuple(hits)))
                hits = _visits(text, _drop_sentence_credentials(text, _drop_places(text, hits)))
                hits = _named_births(text, hits, self.spec.first_names)
                pets.update(_pets(text))
                if self._link:
                    # A child named by first name alone is no animal's name ("no breakfast
                    # for Tucker" after "our Siamese cat Tucker").
                    firsts = self.spec.first_names
                    if pets:
                        firsts = firsts - {p.lower() for p in pets}
                    hits, late = _link(text, hits, self._link, told, out_of_time, firsts)
                    stopped = stopped or late
                    if _part_kind(part) == "subject":
                        told = _tells_reader(text, hits)
                for h in hits:
                    if h.kind is Kind.NAME and " " not in text[h.start : h.end]:
                        lone[(len(per_part), h.start)] = text[h.start : h.end]
                per_part.append((part, tuple(hits)))
            if stopped:
                break
        if pets:  # "Cooper's teeth cleaning" is the dog's when the body says "our lab Cooper"
            per_part = [
                (part, tuple(h for h in hits if lone.get((i, h.start)) not in pets))
                for i, (part, hits) in enumerate(per_part)
            ]
        found = summarise(
            per_part,
            unscannable + stopped,
            self._near,
            frozenset(self._link),
            self._identity,
            self._care_setting,
        )
        return dataclasses.replace(found, stopped=True) if stopped else found


# An animal named after its kind, as owners write to vets, sitters and groomers ("our black
# lab Cooper", "my cat Luna"): the same name elsewhere in the message is the animal's, not a
# patient's. The kinds are found with the dictionaries' literal matcher (a regex alternation
# over the whole text cost ~1 ms per 30 KB: as much as the rest of the scan); the name is
# the capitalised word right after one, in any case ("our black Lab Biscuit"; so a doctor
# called "Shepherd Lopez" would make "Lopez" alone a pet's name in that message).
_PET_KINDS: Literals[tuple[int, str]] = Literals(
    {
        f" {w} ": (len(w) + 2, w)
        for w in [
            *"""dog cat puppy pup kitten lab labrador retriever beagle terrier poodle bulldog
            shepherd spaniel husky dachshund chihuahua doodle corgi collie mutt tabby horse mare
            gelding pony rabbit bunny parrot hamster ferret tortoise""".split(),  # noqa: SIM905
            "pit bull",
            "guinea pig",
        ]
    }
)
_PET_NAME = re.compile(r",? ([A-Z][a-z]+)\b")


def _pets(text: str) -> Iterator[str]:
    """The names given to animals in ``text``."""
    padded = _padded(_lower_same_length(text))
    for end, _ in _PET_KINDS.iter(padded):
        # The key's closing space is padded offset ``end``: text offset end - 1.
        m = _PET_NAME.match(text, end - 1)
        if m:
            yield m.group(1)


def _add_end(idx: int, frm: int, to: int, flags: int, ends: set[int]) -> None:
    ends.add(to)


def _hs_fit(rx: re.Pattern[str], flag: int) -> bool | None:
    """Whether Hyperscan can run ``rx`` alone with ``flag``: None when it does not compile,
    False when it compiles but misses, on a probe at the start of a text or shifted far into
    one, a match ``re`` finds there (a Vectorscan fault seen on one alternation; probes.py),
    True otherwise."""
    assert _hs is not None
    db = _hs.Database()
    try:
        db.compile(expressions=[rx.pattern.encode()], ids=[0], elements=1, flags=[flag])
    except _hs.HyperscanError:
        return None
    for probe in probes(rx.pattern):
        if not probe.isascii():
            continue  # scanned as '?' (see _reports): the paths agree on no such match
        for text in (probe, SHIFT + probe):
            ends: set[int] = set()
            db.scan(text.encode(), match_event_handler=_add_end, context=ends)
            if any(m.end() not in ends for m in rx.finditer(text) if m.end() > m.start()):
                return False
    return True


_NONWORD = re.compile(r"[\W_]")
# str.translate is ~30x faster than re.sub; the regex only runs for non-ASCII punctuation.
_ASCII_NONWORD = {i: " " for i in range(128) if not chr(i).isalnum()}
_NONASCII_NONWORD = re.compile(r"[^\x00-\x7f\w]")


def _keys(word: str) -> tuple[str, ...]:
    """The padded automaton keys of a list word: its words single-spaced, and, where it has
    punctuation inside, also spaced as the text has it ("dr. note" is "dr  note" in a text
    whose punctuation became spaces, "dr note" in one that never had the dot)."""
    spaced = _NONWORD.sub(" ", fold_accents(word))
    single = " " + " ".join(spaced.split()) + " "
    kept = " " + spaced.strip() + " "
    return (single,) if kept == single else (single, kept)


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin-1 Supplement, Latin Extended-A and -B, and Latin Extended Additional (Vietnamese
    # letters with two marks: "Nguyễn", "đường huyết").
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFKD", chr(cp))[:1]
        if base.isascii() and base.isalpha() and base != chr(cp):
            table[cp] = base
    # Letters without a decomposition, one for one.
    table.update({ord(k): v for k, v in zip("øØłŁđĐıæÆœŒßðÐþÞ", "oOlLdDiaAoOsdDtT", strict=True)})
    return table


_FOLD_ACCENTS = _fold_table()


def fold_accents(text: str) -> str:
    """Accented Latin letters as their base letter, one character for one.

    Names and terms are matched as ASCII ("José García" against the census lists,
    Hyperscan sees non-ASCII as '?'); folding keeps every offset where it was.
    Dictionary keys are folded the same way, so "Sjögren" in a list still matches.
    """
    return text if text.isascii() else text.translate(_FOLD_ACCENTS)


def _padded(low: str) -> str:
    """' ' + text with non-word characters as spaces + ' ': text offset i is padded i + 1."""
    out = low.translate(_ASCII_NONWORD)
    if not out.isascii():
        out = _NONASCII_NONWORD.sub(" ", out)
    return " " + out + " "


def _confirm(rx: re.Pattern[str], text: str, reports: list[tuple[int, int]]) -> list[re.Match[str]]:
    """``rx.finditer(text)``, searching only where Hyperscan reported (end, start).

    Hyperscan reports every end offset of every match, with its leftmost start or a lower
    bound of it. A finditer match [a, b) at or after pos has b > pos, so some report ends
    after pos with start <= a: searching from the smallest such start (or pos, if greater)
    finds exactly the match finditer would, while skipping text with no candidate."""
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


def _spans(matches: Iterable[re.Match[str]], grouped: bool) -> list[tuple[int, int]]:
    """(end, start) of the identifier in each match, empty ones left out. The identifier is
    the first group if the pattern has one and it took part, else the whole match. End
    first: the shape of Hyperscan's reports, which stand for matches where exact."""
    if not grouped:
        return [(e, s) for s, e in map(re.Match.span, matches) if e > s]
    out: list[tuple[int, int]] = []
    for m in matches:
        s, e = m.span(1)
        if s < 0:
            s, e = m.span()
        if e > s:
            out.append((e, s))
    return out


def _disjoint(reports: list[tuple[int, int]]) -> bool:
    """Whether (end, start) reports are in order and pairwise disjoint: each starts at or
    after the previous one's end (Hyperscan reports in end order; out of order is False)."""
    prev = 0
    for e, s in reports:
        if s < prev:
            return False
        prev = e
    return True


# Escapes that mean the same to re (with re.ASCII) and Hyperscan: these classes, \b outside
# [...] (a backspace inside), and escaped punctuation (a literal in both).
_SAME_CLASSES = frozenset("dDwWsS")
_SAME_QUANT = re.compile(r"\{\d+(?:,\d*)?\}")


def _plain(regex: str) -> bool:
    """Whether re and Hyperscan read ``regex`` the same way and its match can be taken from
    Hyperscan's report alone (no capture group to locate). Conservative: ASCII, no groups
    other than (?:...), no anchors, inline flags, lookarounds, backreferences, possessive
    quantifiers, nested sets or set operations, and only the escapes above.

    For such a pattern, Hyperscan's reports in ASCII text are exactly the (leftmost start,
    end) pairs of re's possible matches. When they are pairwise disjoint they are also what
    finditer returns: every possible match lies inside the report with its end, so the
    leftmost match start at or after any position is a reported start, whose only match is
    that report (a second end would be a second report sharing the start)."""
    if not regex.isascii():
        return False
    i, n, in_class = 0, len(regex), False
    while i < n:
        ch = regex[i]
        nxt = regex[i + 1] if i + 1 < n else ""
        if ch == "\\":
            if not nxt:
                return False
            if nxt.isalnum():
                if nxt not in _SAME_CLASSES and (in_class or nxt != "b"):
                    return False
            elif not (nxt.isprintable() and nxt != " "):
                return False
            i += 2
            continue
        if in_class:
            if ch == "[" or regex.startswith(("&&", "--", "||", "~~"), i):
                return False
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if nxt == "^":
                i += 1
                nxt = regex[i + 1] if i + 1 < n else ""
            if nxt in ("]", ""):  # a leading ']' (literal in both, but keep it simple)
                return False
        elif ch == "(":
            if not regex.startswith("(?:", i):
                return False
        elif ch in "^$":
            return False
        elif ch == "{":
            m = _SAME_QUANT.match(regex, i)
            if m is None:
                return False
            i = m.end()
            if regex.startswith("+", i):
                return False
            continue
        if not in_class and ch in "*+?}" and nxt == "+":
            return False
        i += 1
    return not in_class


def _context_words(matches: Iterable[tuple[int, tuple[int, int, int]]]) -> list[tuple[int, int]]:
    """(start, mask) of context-automaton matches (``auto.iter`` over the padded text), in
    offsets of the original text (a key's leading space sits at its word's start). A phrase
    with a ``cancel`` mask takes those support bits from the words inside it: "patient" does
    not support a name from within "patient access" (a staff desk; _build_words)."""
    out: list[tuple[int, int]] = []
    ends: list[int] = []
    cancels: list[tuple[int, int, int]] = []
    for end, (length, mask, cancel) in matches:
        start = end - length + 1
        out.append((start, mask))
        ends.append(end)
        if cancel:
            cancels.append((start, end, cancel))
    # The automaton reports matches by their end, ascending: the words inside a phrase are
    # the few just before it, found by bisection (no quadratic rescans of repeated phrases).
    for start, end, cancel in cancels:
        i = bisect.bisect_left(ends, start)
        while i < len(ends) and ends[i] <= end:
            s, mask = out[i]
            if s >= start and ends[i] - s < end - start:
                out[i] = (s, mask & ~cancel)
            i += 1
    return out


_SENTENCE_START = re.compile(r"[.!?][ \t]*\r?\n?[ \t]*$")

# An appointment word right after a weak health term (a specialty: "your Women's Health appt",
# "ENT new pt", "Cardiology follow-up") or before it ("Next appt 08/06/2026 Neurology",
# "referral to Dermatology", "booked with Sleep Medicine"): a visit for care, not a clinic's
# signature. Matched on the lower-cased text, in a window of _VISIT_CHARS.
_VISIT_AFTER = re.compile(
    r"[ \t]*(?:-[ \t]*|clinic[ \t]+)?(?:appts?|appointments?|visits?|consults?|consultation|"
    r"new (?:pt|patient)|follow[- ]?ups?|f/u|referrals?|no[- ]shows?|"
    # a specialty's assessment of someone ("my cardiology evaluation", "audiology eval")
    r"evaluations?|evals?|work-?ups?|check-?ups?)\b"
)
_VISIT_BEFORE = re.compile(
    r"\b(?:appts?|appointments?|visits?|referrals?|referred|rebook(?:ed)?|reschedul(?:e|ed)|"
    r"booked|scheduled|came to|seen in|seen at)(?:[ \t]+(?:with|to|at|in|for|on))?[ \t]+"
    r"(?:[0-9/:.]+(?:[ \t]*[ap]\.?m\.?)?,?[ \t]+){0,2}(?:(?:with|in|at|to)[ \t]+)?(?:the[ \t]+)?$"
)
_VISIT_CHARS = 40


def _visits(text: str, hits: list[Hit]) -> list[Hit]:
    """Weak health terms (LOW: specialties) with an appointment word beside them, raised to
    MEDIUM with context: the appointment is the visit for care a patient's name ties to."""
    if not any(h.kind is Kind.HEALTH_INFO and h.confidence is Confidence.LOW for h in hits):
        return hits
    low = _lower_same_length(text)
    out = []
    for h in hits:
        visit = (
            h.kind is Kind.HEALTH_INFO
            and h.confidence is Confidence.LOW
            and (
                _VISIT_AFTER.match(low, h.end, h.end + _VISIT_CHARS) is not None
                or _VISIT_BEFORE.search(low, max(0, h.start - _VISIT_CHARS), h.start) is not None
            )
        )
        out.append(h._replace(confidence=Confidence.MEDIUM, context=True) if visit else h)
    return out


# A name that is the start of a facility's or a firm's name ("Maple Grove Care Center",
# "Sunrise Terrace Memory Care", "Willow Creek Post-Acute"): capitalised, as names of
# places are written; "Maria Lopez clinic visit" keeps its name.
_ORG_AFTER = re.compile(
    r"[ \t]+(?:Care Center|Care Centre|Medical (?:Group|Center|Centre|Associates)|Health(?:care)?"
    r"(?: System| Center| Services)?|Hospital|Clinic|Nursing|Rehab(?:ilitation)?|Memory Care|"
    r"Senior Living|Assisted Living|Transitional Care|Post-Acute|Home Health|Hospice|Pharmacy|"
    r"Laborator(?:y|ies)|Labs?|Imaging|Radiology|Associates|Family Practice|Pediatrics|"
    r"Dental|Urgent Care|Surgery Center|Foundation|Elementary|School|University|College|"
    r"Church|LLC|Inc)\b"
)
# A unit or building named like a person ("Magnolia Court", "Cedar Commons"): the census
# holds "Court" and "Manor" as surnames, but a resident is not written that way.
_PLACE_WORDS = frozenset(
    "court courts commons manor plaza terrace towers gardens heights village pavilion".split()  # noqa: SIM905
)


def _drop_places(text: str, hits: list[Hit]) -> list[Hit]:
    """Without names that start a facility's name or are a unit's, and without a first name
    that is the second half of a hyphenated word ("Allen-Kelly has identified")."""
    out = []
    for h in hits:
        if h.kind is Kind.NAME and (
            _ORG_AFTER.match(text, h.end)
            or text[h.start : h.end].rsplit(None, 1)[-1].lower() in _PLACE_WORDS
            or (
                h.detector == "first_name_subject"
                and h.start > 1
                and text[h.start - 1] == "-"
                and text[h.start - 2].isalpha()
            )
        ):
            continue
        out.append(h)
    return out


def _drop_sentence_credentials(text: str, hits: list[Hit]) -> list[Hit]:
    """Without credentials that start a sentence: "Megan. Do you take ..." is a question,
    "Lindsay Peterson, DO" a degree."""
    if not any(h.detector in CREDENTIALS for h in hits):
        return hits
    starts = _SENTENCE_START.search
    return [
        h
        for h in hits
        if h.detector not in CREDENTIALS or not starts(text, max(0, h.start - 4), h.start)
    ]


# A first name right before a birth date in prose ("he is Lisa, born 09/02/1944", "Mateo (born
# 3/4/2019)"): a first name with a date of birth identifies someone, as a labelled DOB does.
# Only a name the census lists ("Infants born 10/01/2025 or later" is a cohort), written
# capitalised, and alone: after a full name it is a bio ("Our keynote speaker, Sean
# Fletcher, was born ..."), as a birth date in prose is taken (_names_someone).
_NAMED_BIRTH = re.compile(
    r"(?:^|[^A-Za-z\s]\s*|\b[a-z]+\s+)([A-Z][a-z]{1,15})(?:,|\s*\()?\s+(?:was\s+)?born(?:\s+on)?\s*$"
)


def _named_births(text: str, hits: list[Hit], first_names: frozenset[str]) -> list[Hit]:
    """Birth dates in prose (MEDIUM) raised to HIGH where a listed first name comes just
    before "born"."""
    out = []
    for h in hits:
        m = (
            _NAMED_BIRTH.search(text, max(0, h.start - 32), h.start)
            if h.kind is Kind.BIRTH_DATE and h.confidence is Confidence.MEDIUM
            else None
        )
        named = m is not None and m.group(1).lower() in first_names
        out.append(h._replace(confidence=Confidence.HIGH) if named else h)
    return out


def _tells_reader(text: str, hits: list[Hit]) -> bool:
    """Whether the part (a Subject) says something about the reader's own care."""
    health = [(h.start, h.end) for h in hits if _is_health(h)]
    return bool(health) and Links(text, _lower_same_length(text), health).tells_reader()


# Bare names the link step checks between two looks at the clock.
_LINK_CLOCK_EVERY = 64


def _link(
    text: str,
    hits: list[Hit],
    link: Mapping[str, int],
    told: bool = False,
    out_of_time: Callable[[], bool] | None = None,
    first_names: frozenset[str] = frozenset(),
) -> tuple[list[Hit], bool]:
    """The first bare name of a ``link`` identifier that its sentence links to health
    information becomes a supported hit (one level up, context set); the others are left as
    they are and do not count for the person + health rule (``_phi``). ``told``: the
    Subject told the reader about their care, so a greeted name is the patient's.
    ``out_of_time`` is asked every _LINK_CLOCK_EVERY names; the second value says it said
    yes (the names after it were not checked)."""
    low = ""
    bare = []
    health = sorted((h.start, h.end) for h in hits if _is_health(h))
    for i, h in enumerate(hits):
        if h.detector not in link or h.context or h.kind is not Kind.NAME:
            continue
        # A doubtful name (a part that is an everyday word: "Donna Best", or a staff word
        # near) followed by an age, sex, bed or unit ("Donna Best (49)", "Terri White in
        # MICU 9"), after a room or a prescription made out to them ("Room 214 - Kathy Best",
        # "Rx for Bonnie Williamson"), or with a health term tied to it ("Cameron Thompson's
        # restaging scan", "Zachary Miller took his weekly Ozempic") is written as a patient
        # is: it may be linked too.
        if h.confidence < Confidence.MEDIUM:
            low = low or _lower_same_length(text)
            if not (
                demographic_after(low, h.end)
                or unit_after(text, h.end)
                or placed_before(text, low, h.start)
                or tied_term(low, h.end, health)
            ):
                continue
        bare.append(i)
    if not bare:
        return hits, False
    if not health and not told:  # told: the health term was in the Subject
        return hits, False
    # Staff names ("Dr. ...": low) do not end what a pronoun may stand for.
    names = [h.start for h in hits if h.kind is Kind.NAME and h.confidence >= Confidence.MEDIUM]
    links = Links(text, low or _lower_same_length(text), health, names, first_names)
    near: _Near | None = None
    for n, i in enumerate(bare):
        if n and n % _LINK_CLOCK_EVERY == 0 and out_of_time is not None and out_of_time():
            return hits, True
        h = hits[i]
        # A role word right beside the name makes it a staff or public person whatever the
        # sentence says next ("Grammy winner Maria Lopez ... she has ..."; _phi's role rule).
        if (near := near or _Near(hits)).in_role(h):
            continue
        if links.linked(h.start, h.end, link[h.detector], told):
            # One linked name settles the part (the findings keep the highest confidence per
            # detector), so a text of thousands of names is not linked name by name.
            up = Confidence(min(int(h.confidence) + 1, Confidence.HIGH))
            return [*hits[:i], h._replace(confidence=up, context=True), *hits[i + 1 :]], False
    return hits, False


_PERSON_KINDS = frozenset({Kind.PERSON, Kind.NAME, Kind.BIRTH_DATE})
_SOMEONE = _PERSON_KINDS | {Kind.HEALTH_ID}
# A name inside one of these is part of it: "7231 Wilson Hills" is a street, not a person.
_NAME_CONTAINERS = frozenset({"street_address"})


def _is_person(h: Hit) -> bool:
    return h.kind in _PERSON_KINDS and h.confidence >= Confidence.MEDIUM


def _is_health_id(h: Hit, level: Confidence) -> bool:
    return h.kind is Kind.HEALTH_ID and h.confidence >= level


def _non_care(hits: Iterable[Hit], level: Confidence = Confidence.MEDIUM) -> bool:
    return any(h.kind is Kind.NON_CARE and h.confidence >= level for h in hits)


def _names_someone(h: Hit) -> bool:
    """A person identifier for the person + health rule. A birth date in prose ("born
    3/4/1980", medium) does not count on its own: it is someone's only together with a name,
    and a speaker's bio ("our keynote speaker, born ..., researches diabetes") is not PHI.
    A supported record identifier (member ID, MRN) below HIGH does."""
    if h.kind is Kind.BIRTH_DATE:
        return h.confidence >= Confidence.HIGH
    # A record identifier found by its shape and supported by a word near it ("PA
    # XJH374065600 - gastric bypass"): not PHI by itself (that takes its label: HIGH), but
    # it identifies the person the health information beside it is about.
    if h.kind is Kind.HEALTH_ID:
        return h.confidence >= Confidence.MEDIUM and h.context
    return _is_person(h)


def _ties_to_patient(h: Hit) -> bool:
    """Evidence that the individual is someone's patient rather than just someone named: an
    identifier out of a record (SSN, card, a contact detail with patient context), a name with
    a patient word near it ("Patient:", "DOB", "diagnosed"), or a health record identifier."""
    if h.kind is Kind.PERSON:
        return h.confidence >= Confidence.MEDIUM
    if h.kind is Kind.NAME:
        return h.confidence >= Confidence.MEDIUM and h.context
    return _is_health_id(h, Confidence.MEDIUM)


def _is_health(h: Hit) -> bool:
    # Weak health words (specialty names in clinic signatures) are LOW and do not count.
    return (h.kind is Kind.HEALTH_INFO and h.confidence >= Confidence.MEDIUM) or _is_health_id(
        h, Confidence.MEDIUM
    )


# Characters allowed between a role word and the name it introduces ("Questions: ", ", ").
_ROLE_GAP = 3
# Role dictionaries read on one side only: a title before the name ("Dr. "), a credential
# after it (", MD"; up to a short credential between: ", PT, DPT"). Either outranks a patient
# word near the name (_phi).
TITLE = "title"
# The credential dictionary, and the capitalised abbreviations that are also words or the
# patient abbreviation ("(PT)", ", DO"), read only in a credential's place (detectors.yaml).
CREDENTIALS = frozenset(("credential", "credential_abbreviation", "department"))
_CREDENTIAL_GAP = 6
_SIDED = CREDENTIALS | {TITLE}


class _Spans:
    """Intervals sorted by start with the furthest end so far: "does any of them overlap /
    cover this span?" in O(log n). The PHI rule asks that once per hit, and a scan over all
    the other hits each time makes crafted text (thousands of names or NPIs) quadratic."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self.starts = [a for a, _ in pairs]
        self.reach = list(accumulate((b for _, b in pairs), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Some interval [a, b) with a < end and b > start."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Some interval [a, b) with a <= start and b >= end."""
        i = bisect.bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end


class _Near:
    """One part's role words and health terms, sorted, for O(log n) proximity checks.

    A name is checked against every role word and health term of its part; scanning the
    whole list each time made a message of repeated names quadratic (96 KB: 5 s)."""

    def __init__(self, hits: Iterable[Hit]) -> None:
        hits = tuple(hits)
        roles = [r for r in hits if r.kind is Kind.ROLE]
        self.role_starts = sorted(r.start for r in roles if r.detector not in _SIDED)
        self.role_ends = sorted(r.end for r in roles if r.detector not in _SIDED)
        self.title_ends = sorted(r.end for r in roles if r.detector == TITLE)
        self.credential_starts = sorted(r.start for r in roles if r.detector in CREDENTIALS)
        self.health = _Spans((x.start, x.end) for x in hits if _is_health(x))

    @staticmethod
    def _beside(h: Hit, ends: list[int], starts: list[int], after_gap: int) -> bool:
        """Some word ending at most _ROLE_GAP characters before the name, or starting at
        most ``after_gap`` characters after it (``ends`` and ``starts`` sorted)."""
        i = bisect.bisect_left(ends, h.start - _ROLE_GAP)
        if i < len(ends) and ends[i] <= h.start:
            return True
        j = bisect.bisect_left(starts, h.end)
        return j < len(starts) and starts[j] <= h.end + after_gap

    def titled(self, h: Hit) -> bool:
        """A title right before the name ("Dr. Maria Lopez") or a credential right after it
        ("Thomas Ferguson, MD")."""
        return self._beside(h, self.title_ends, self.credential_starts, _CREDENTIAL_GAP)

    def in_role(self, h: Hit) -> bool:
        """A name right after or before a role word ("Congratulations to Maria Lopez",
        "Pharmacist Maria Lopez", "Questions: Maria Lopez, ..."): a staff or public person."""
        return self.titled(h) or self._beside(h, self.role_ends, self.role_starts, _ROLE_GAP)

    def health_near(self, h: Hit, chars: int) -> bool:
        """A health term overlapping [h.start - chars, h.end + chars] (ends included)."""
        return self.health.overlaps(h.start - chars - 1, h.end + chars + 1)


_NOWHERE: Mapping[str, int] = {}


def _phi(
    parts: Iterable[tuple[str, Iterable[Hit]]],
    non_care: bool = False,
    topic: bool = False,
    near: Mapping[str, int] = _NOWHERE,
    link: frozenset[str] = frozenset(),
    identity: frozenset[str] = frozenset(),
) -> bool:
    person = health = name = birth = tied = False
    # A record identifier named someone (_names_someone); a health term seen (not counting
    # record identifiers, which _is_health also counts).
    by_id = term = False
    # Bare names (no patient word near) that count only with health information near them.
    pending: list[tuple[Hit, _Near, int]] = []
    for part, hits in parts:
        subject = _part_kind(part) == "subject"
        index: _Near | None = None
        for h in hits:
            if _is_health_id(h, Confidence.HIGH):
                # A health-specific identifier with supporting context is PHI by itself.
                return True
            # A title or credential beside a name outranks a patient word near it ("do not
            # comment on any patient. Dr. Maria Lopez runs the clinic").
            titled = h.kind is Kind.NAME and (index := index or _Near(hits)).titled(h)
            if _names_someone(h) and not person and not titled:
                chars = near.get(h.detector)
                if h.kind is Kind.HEALTH_ID:
                    by_id = True
                elif h.context:
                    person = True
                elif h.kind is Kind.NAME and (index := index or _Near(hits)).in_role(h):
                    pass  # a staff or public person ("congratulations to", "pharmacist")
                elif chars is None or subject:
                    person = True
                elif h.detector in link:
                    pass  # not linked to health information by its sentence (_link)
                else:
                    index = index or _Near(hits)
                    pending.append((h, index, chars))
            health |= _is_health(h)
            term |= h.kind is Kind.HEALTH_INFO and h.confidence >= Confidence.MEDIUM
            # A clinician's or trainer's name beside a date of birth is not the patient's
            # identity ("Trainer: Keith White" in a demo record's instructions).
            if h.kind is Kind.NAME and h.confidence >= Confidence.MEDIUM and not titled:
                index = index or _Near(hits)
                name |= not index.in_role(h)
            # HIGH: labelled as a record's date of birth ("DOB"), not a birth date in prose;
            # or an ``identity`` identifier with its label ("SSN").
            birth |= h.confidence >= Confidence.HIGH and (
                h.kind is Kind.BIRTH_DATE or h.detector in identity
            )
            # In business mail (``topic``: credentialing, hiring, procurement) an address or
            # phone number is the applicant's or vendor's ("Service address: ..."): only an
            # identity identifier (SSN), a record one (MRN) or a name with a patient word ties.
            contact = h.kind is Kind.PERSON and h.detector not in identity
            tied |= not titled and _ties_to_patient(h) and not (topic and contact)
    # Whose health? A name known only as a name (no patient word, label or record identifier
    # near it) is taken as the subject of health information only close to it, in the same
    # part; elsewhere in the message the health term may be about anyone (a study, a flyer, a
    # wellness challenge). A name in the Subject is what the message is about.
    if health and not person:
        person = any(index.health_near(h, chars) for h, index, chars in pending)
    # An identifier found by its shape names the person a health term is about; it is not
    # health information about them by itself ("Medicaid ID: 0412345" in a billing office's
    # signature, under "Tax ID" and "PTAN").
    person |= by_id and term
    # PHI needs an individual and health information in the same message, or a patient's
    # identity: a name with a date of birth, the two identifiers by which care identifies a
    # patient (demographics a covered entity holds because it treats someone are PHI, 45 CFR
    # 160.103, health term or not), unless the message is about something else (``non_care``:
    # payroll, HR, birthdays; employment records are not PHI). In mail on a business topic
    # (``topic``: employment, procurement, fundraising, press, travel...), a person known only
    # by a greeting or a bare name is not taken as a patient: there the person + health rule
    # needs a tie to a patient (``_ties_to_patient``).
    if person and health and (tied or not topic):
        return True
    return name and birth and not non_care


# Credentials that are letters a health term may hold ("#30 DO"); not a department.
_LETTERS = frozenset(("credential", "credential_abbreviation"))


def _drop_misread(hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """One part's hits without those another hit shows to be something else: a street address
    whose house number is a date's year ("DOB July 14, 1941 Martin Green"); a name inside a
    street address (a street name: "7231 Wilson Hills") or a health term's eponym ("Barrett's
    esophagus"); and a bare number taken as a record or account number where a validated
    provider identifier with its context (NPI) covers it."""
    containers = [h for h in hits if h.detector in _NAME_CONTAINERS]
    providers = [h for h in hits if h.kind is Kind.PROVIDER]
    # A name at the start of a health term is its eponym: "Barrett's esophagus", "Morton's
    # neuroma" (first_name_subject reads "Barrett's" as a possessive).
    eponyms = [h for h in hits if h.kind is Kind.HEALTH_INFO and h.end - h.start > 4]
    if eponyms and not any(h.kind is Kind.NAME for h in hits):
        eponyms = []
    # A credential inside a health term is part of it: the surfaces of "#30 DO" (distal,
    # occlusal), not a doctor of osteopathy beside "RILEY BALL".
    credentials = any(h.detector in _LETTERS for h in hits)
    if not containers and not providers and not eponyms and not credentials:
        return hits
    dates = _Spans((h.start, h.end) for h in hits if h.kind is Kind.BIRTH_DATE)
    misread = {c for c in containers if dates.overlaps(c.start, c.end)}
    kept = _Spans((c.start, c.end) for c in containers if c not in misread)
    terms = _Spans((t.start, t.end) for t in eponyms)
    spelled = (
        _Spans((t.start, t.end) for t in hits if t.kind is Kind.HEALTH_INFO)
        if credentials
        else terms
    )
    # Providers stronger than a given confidence, built on first use.
    stronger: dict[Confidence, _Spans] = {}
    out: list[Hit] = []
    for h in hits:
        if h in misread:
            continue
        if h.kind is Kind.NAME and (kept.overlaps(h.start, h.end) or terms.covers(h.start, h.end)):
            continue
        if h.detector in _LETTERS and spelled.covers(h.start, h.end):
            continue
        if h.kind in (Kind.HEALTH_ID, Kind.PERSON) and providers:
            above = stronger.get(h.confidence)
            if above is None:
                above = stronger[h.confidence] = _Spans(
                    (p.start, p.end) for p in providers if p.confidence > h.confidence
                )
            if above.covers(h.start, h.end):
                continue
        out.append(h)
    return tuple(out)


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


def summarise(
    per_part: list[tuple[str, tuple[Hit, ...]]],
    unscannable: int = 0,
    near: Mapping[str, int] = _NOWHERE,
    link: frozenset[str] = frozenset(),
    identity: frozenset[str] = frozenset(),
    care_setting: frozenset[str] = frozenset(),
) -> Detection:
    """Findings and the PHI verdict from each part's hits. ``near``: identifiers that count as
    a person identifier only near health information (``near_health`` in the spec); ``link``:
    those of them that count only where linked to it (``link``; their linked hits carry
    context already, see ``_link``); ``identity``: those that with a name are a patient's
    identity at high confidence (``identity`` in the spec); ``care_setting``: dictionaries
    whose terms lift a business topic (``care_setting`` in the spec)."""
    per_part = [(part, kept) for part, hits in per_part if (kept := _drop_misread(hits))]
    all_hits = [h for _, hits in per_part for h in hits]
    # Message-wide topics, not properties of one part.
    non_care = _non_care(all_hits)
    topic = _non_care(all_hits, Confidence.HIGH) or any(h.kind is Kind.TOPIC for h in all_hits)
    if care_setting and any(h.detector in care_setting for h in all_hits):
        # Occupational health: every message says "employee" or "employment", and the worker
        # is the patient. HIPAA leaves an employer's employment records outside PHI, but an
        # occupational clinic's records of the same worker are PHI, and a gateway cannot tell
        # who holds them: terms only a clinic writes (an MRO's verified result, an audiogram's
        # threshold shift, a medical removal) decide for the clinic (docs/policy.md).
        non_care = topic = False
    phi = _phi(per_part, non_care, topic, near, link, identity)
    phi_parts: set[str] = set()
    for part, hits in per_part:
        alone = _phi([(part, hits)], non_care, topic, near, link, identity)
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

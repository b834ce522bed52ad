"""The YAML policy engine: ordered rules -> one Decision per message.

A policy directory holds YAML files (rules, classification, detector definitions) and plain
text data files. ``PolicyEngine.load`` reads and validates all of it or raises
``PolicyLoadError`` with ``path:line:col: message`` errors, so a reload either swaps in a
complete new engine or leaves the running one alone.

``evaluate`` is pure (no sockets, files or clock other than the scan time bound), thread-safe
and never raises on message content. Rules and reply texts come from the policy only: nothing
from the message is echoed in a reply, and findings carry no matched text.
"""

from __future__ import annotations

import fnmatch
import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from gateway.detect.engine import DetectorEngine
from gateway.detect.spec import (
    DetectorSpec,
    check_regex,
    parse_dictionaries,
    parse_identifiers,
    parse_word_lists,
    read_terms,
)
from gateway.detect.yamlnodes import Errors, Reader, compose
from gateway.model import Action, Confidence, Decision, Envelope, HeaderEdits, MessageClass
from gateway.parse import ParsedMessage, ScanLimits
from gateway.regex_risk import backtracking_risk
from gateway.scan import ScanResult, scan_message


class PolicySettings(BaseModel):
    """Config section ``policy``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Directory with policy YAML files (*.yaml, *.yml) and the detector data they reference.
    dir: Path = Path("policies")
    # MIME nesting levels (multipart and message/rfc822) scanned before "unscannable".
    max_mime_depth: int = Field(default=20, ge=1, le=1000)
    # MIME parts plus archive members visited per message.
    max_parts: int = Field(default=200, ge=1, le=100_000)
    # Decoded bytes (all parts, attachments' extracted text included) scanned per message.
    max_decoded_bytes: int = Field(default=20_000_000, ge=1024)
    # Wall time for parsing, extraction and detection of one message, in seconds.
    max_scan_seconds: float = Field(default=2.0, gt=0, le=300)
    # Address space of a PDFium worker process (non-standard-font PDFs); a PDF that
    # needs more is "unscannable" and the worker is replaced.
    max_pdf_memory_bytes: int = Field(default=512 * 1024 * 1024, ge=64 * 1024 * 1024)
    # Recipient domains (globs, e.g. "*.example.org") that count as internal.
    internal_domains: list[str] = Field(default_factory=list)
    # Reload the policy when a file in ``dir`` changes (the caller polls ``policy_signature``).
    watch: bool = True
    # Use Hyperscan when importable; false forces the pure-re path (same findings, slower).
    use_hyperscan: bool = True

    def limits(self) -> ScanLimits:
        return ScanLimits(
            max_depth=self.max_mime_depth,
            max_parts=self.max_parts,
            max_decoded_bytes=self.max_decoded_bytes,
            max_seconds=self.max_scan_seconds,
            max_pdf_memory=self.max_pdf_memory_bytes,
        )


class PolicyLoadError(Exception):
    """A policy directory that does not load; ``errors`` are ``path:line:col: message``."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__(f"{len(errors)} policy error(s):\n" + "\n".join(errors))
        self.errors = errors


CONSENT_STATUSES = frozenset(
    {
        "ok",
        "missing",
        "malformed",
        "forged",
        "expired",
        "revoked",
        "wrong_recipient",
        "wrong_purpose",
        "none",  # consent was not checked (evaluate got consent=None)
    }
)
PART_KINDS = frozenset({"subject", "header", "body", "attachment", "unscannable"})
_CONF = {str(c): c for c in Confidence}
_ACTIONS = {str(a): a for a in Action}
_CLASSES = {str(c): c for c in MessageClass}
_REPLY = re.compile(r"^([45]\d\d) ([45]\.7\.\d{1,3}) ([ -~]{1,200})$")
_HEADER_NAME = re.compile(r"^[!-9;-~]{1,76}$")
_PRINTABLE = re.compile(r"^[ -~]{0,900}$")


@dataclass(frozen=True)
class Conditions:
    """All present conditions must hold (AND); a list inside one condition means any-of."""

    phi: bool | None = None
    phi_in: frozenset[str] | None = None
    detectors: frozenset[str] | None = None
    parts: frozenset[str] | None = None
    min_confidence: Confidence = Confidence.LOW
    message_class: MessageClass | None = None
    consent: frozenset[str] | None = None
    consent_not: frozenset[str] | None = None
    sender: tuple[str, ...] | None = None
    sender_domain: tuple[str, ...] | None = None
    recipient: tuple[str, ...] | None = None
    recipient_domain: tuple[str, ...] | None = None
    external: bool | None = None
    header_present: tuple[str, ...] | None = None
    header_matches: tuple[tuple[str, re.Pattern[str]], ...] | None = None
    size_over: int | None = None
    size_under: int | None = None
    unscannable: bool | None = None
    tls_in: bool | None = None
    authenticated: bool | None = None


@dataclass(frozen=True)
class Rule:
    name: str
    when: Conditions
    action: Action
    final: bool = False
    reply_code: int = 550
    reply_text: str = "5.7.1 Message refused by policy"
    edits: HeaderEdits = field(default_factory=HeaderEdits)
    pool: str | None = None
    where: str = ""  # path:line of the rule, for explain output


@dataclass(frozen=True)
class Classification:
    """How a message is classed marketing or transactional (issue 4 builds consent on it)."""

    header: str = "X-Message-Class"
    marketing_senders: tuple[str, ...] = ()
    marketing_domains: tuple[str, ...] = ()
    marketing_submitters: tuple[str, ...] = ()
    marketing_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
    list_headers: bool = True


@dataclass
class _Context:
    """Everything a condition looks at, computed once per message."""

    envelope: Envelope
    scan: ScanResult
    message_class: MessageClass
    class_reason: str
    consent: str
    internal: tuple[str, ...]


def _glob(value: str, patterns: tuple[str, ...]) -> bool:
    v = value.lower()
    return any(fnmatch.fnmatchcase(v, p.lower()) for p in patterns)


def _domain(addr: str) -> str:
    return addr.rpartition("@")[2].strip().rstrip(".").lower()


def classify(
    envelope: Envelope, parsed: ParsedMessage, cls: Classification
) -> tuple[MessageClass, str]:
    """Marketing or transactional, and why (names only, no header values)."""
    # 1. An explicit class set by the sending system is the most specific signal we have.
    for value in parsed.header(cls.header):
        v = value.strip().lower()
        if v in ("marketing", "promotional", "bulk", "newsletter"):
            return MessageClass.MARKETING, f"header {cls.header}"
        if v == "transactional":
            return MessageClass.TRANSACTIONAL, f"header {cls.header}"
    if envelope.authenticated_as and _glob(envelope.authenticated_as, cls.marketing_submitters):
        return MessageClass.MARKETING, "marketing submitter"
    if envelope.client_ip and cls.marketing_networks:
        try:
            ip = ipaddress.ip_address(envelope.client_ip)
            if any(ip in net for net in cls.marketing_networks):
                return MessageClass.MARKETING, "marketing client network"
        except ValueError:
            pass
    if envelope.mail_from and _glob(envelope.mail_from, cls.marketing_senders):
        return MessageClass.MARKETING, "marketing sender"
    if envelope.mail_from and _glob(envelope.sender_domain, cls.marketing_domains):
        return MessageClass.MARKETING, "marketing sender domain"
    if cls.list_headers:
        if parsed.header("List-Unsubscribe") or parsed.header("List-Id"):
            return MessageClass.MARKETING, "list headers"
        if any(p.strip().lower() in ("bulk", "list", "junk") for p in parsed.header("Precedence")):
            return MessageClass.MARKETING, "Precedence header"
    return MessageClass.TRANSACTIONAL, "default"


def _check(cond: Conditions, ctx: _Context) -> list[tuple[bool, str]]:
    """Each present condition with whether it held and a content-free reason."""
    out: list[tuple[bool, str]] = []
    det = ctx.scan.detection
    env = ctx.envelope
    if cond.phi is not None:
        out.append((det.phi == cond.phi, f"phi is {str(det.phi).lower()}"))
    if cond.phi_in is not None:
        have = sorted(det.phi_parts)
        out.append((bool(det.phi_parts & cond.phi_in), f"PHI parts: {', '.join(have) or 'none'}"))
    if cond.detectors is not None:
        found = sorted(
            {
                f.detector
                for f in det.findings
                if f.detector in cond.detectors
                and f.confidence >= cond.min_confidence
                and (cond.parts is None or f.part_kind.split(":")[0] in cond.parts)
            }
        )
        out.append((bool(found), f"detectors found: {', '.join(found) or 'none'}"))
    if cond.message_class is not None:
        out.append(
            (
                ctx.message_class == cond.message_class,
                f"class is {ctx.message_class} ({ctx.class_reason})",
            )
        )
    if cond.consent is not None:
        out.append((ctx.consent in cond.consent, f"consent is {ctx.consent}"))
    if cond.consent_not is not None:
        out.append((ctx.consent not in cond.consent_not, f"consent is {ctx.consent}"))
    if cond.sender is not None:
        out.append((_glob(env.mail_from, cond.sender), "sender address"))
    if cond.sender_domain is not None:
        out.append((_glob(env.sender_domain, cond.sender_domain), "sender domain"))
    if cond.recipient is not None:
        out.append((any(_glob(r, cond.recipient) for r in env.rcpt_tos), "recipient address"))
    if cond.recipient_domain is not None:
        hit = any(_glob(_domain(r), cond.recipient_domain) for r in env.rcpt_tos)
        out.append((hit, "recipient domain"))
    if cond.external is not None:
        ext = [r for r in env.rcpt_tos if not _glob(_domain(r), ctx.internal)]
        out.append((bool(ext) == cond.external, f"{len(ext)} external recipient(s)"))
    if cond.header_present is not None:
        names = [h for h in cond.header_present if ctx.scan.parsed.header(h)]
        out.append((bool(names), f"headers present: {', '.join(names) or 'none'}"))
    if cond.header_matches is not None:
        names = [
            h
            for h, rx in cond.header_matches
            if any(rx.search(v) for v in ctx.scan.parsed.header(h))
        ]
        out.append((bool(names), f"headers matching: {', '.join(names) or 'none'}"))
    size = ctx.scan.parsed.size
    if cond.size_over is not None:
        out.append((size > cond.size_over, f"size {size} bytes"))
    if cond.size_under is not None:
        out.append((size < cond.size_under, f"size {size} bytes"))
    if cond.unscannable is not None:
        reasons = ctx.scan.unscannable
        out.append(
            (bool(reasons) == cond.unscannable, f"unscannable: {', '.join(reasons) or 'no'}")
        )
    if cond.tls_in is not None:
        out.append((env.tls_in == cond.tls_in, f"tls_in is {str(env.tls_in).lower()}"))
    if cond.authenticated is not None:
        auth = env.authenticated_as is not None
        out.append((auth == cond.authenticated, f"authenticated is {str(auth).lower()}"))
    return out


def policy_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def policy_signature(settings: PolicySettings) -> tuple[tuple[str, int, int], ...]:
    """(path, mtime_ns, size) of every file under the policy dir: poll it to notice changes."""
    out = []
    base = settings.dir
    try:
        paths = sorted(p for p in base.rglob("*") if p.is_file())
    except OSError:
        return ()
    for p in paths:
        try:
            st = p.stat()
        except OSError:
            continue
        out.append((str(p), st.st_mtime_ns, st.st_size))
    return tuple(out)


class PolicyEngine:
    """A loaded, validated policy with its compiled detectors. Immutable; share freely."""

    def __init__(
        self,
        settings: PolicySettings,
        rules: tuple[Rule, ...],
        classification: Classification,
        detector: DetectorEngine,
        signature: tuple[tuple[str, int, int], ...] = (),
    ) -> None:
        self.settings = settings
        self.rules = rules
        self.classification = classification
        self.detector = detector
        self.limits = settings.limits()
        self.signature = signature
        self._internal = tuple(settings.internal_domains)

    # -- loading ------------------------------------------------------------------------

    @classmethod
    def load(cls, settings: PolicySettings) -> PolicyEngine:
        """Load and validate every file of ``settings.dir``; all or nothing."""
        signature = policy_signature(settings)
        errors = Errors()
        loader = _Loader(errors)
        directory = settings.dir
        files = policy_files(directory) if directory.is_dir() else []
        if not files:
            raise PolicyLoadError([f"{directory}:1:1: no policy files (*.yaml) found"])
        for path in files:
            loader.load_file(path)
        loader.finish()
        if errors.items:
            raise PolicyLoadError(errors.items)
        try:
            detector = DetectorEngine(loader.spec, use_hyperscan=settings.use_hyperscan)
        except (re.error, ValueError) as exc:  # pragma: no cover - patterns checked above
            raise PolicyLoadError([f"{directory}:1:1: detector compile failed: {exc}"]) from None
        return cls(settings, tuple(loader.rules), loader.classification, detector, signature)

    # -- evaluation ---------------------------------------------------------------------

    def scan(self, raw: bytes, clock: Callable[[], float] | None = None) -> ScanResult:
        if clock is None:
            return scan_message(raw, self.detector, self.limits)
        return scan_message(raw, self.detector, self.limits, clock)

    def _context(self, envelope: Envelope, scan: ScanResult, consent: str | None) -> _Context:
        mclass, reason = classify(envelope, scan.parsed, self.classification)
        return _Context(envelope, scan, mclass, reason, consent or "none", self._internal)

    def decide(self, envelope: Envelope, scan: ScanResult, consent: str | None = None) -> Decision:
        """The decision for an already scanned message (pure)."""
        ctx = self._context(envelope, scan, consent)
        matched: list[Rule] = []
        final: Rule | None = None
        for rule in self.rules:
            if all(ok for ok, _ in _check(rule.when, ctx)):
                matched.append(rule)
                if rule.final:
                    final = rule
                    break
        return self._decision(matched, final, ctx)

    def _decision(self, matched: list[Rule], final: Rule | None, ctx: _Context) -> Decision:
        det = ctx.scan.detection
        if not matched:
            return Decision(
                action=Action.DELIVER,
                findings=det.findings,
                phi=det.phi,
                message_class=ctx.message_class,
            )
        # A final rule decides outright; otherwise the most restrictive action wins.
        action = final.action if final is not None else max(r.action for r in matched)
        deciding = final or next(r for r in matched if r.action == action)
        edits = HeaderEdits()
        pool: str | None = None
        for r in matched:
            edits = edits.merged(r.edits)
            pool = r.pool or pool
        reply_text = deciding.reply_text
        if "{consent}" in reply_text:
            # The consent status is one of a fixed set of words: safe to put in a reply.
            reply_text = reply_text.replace("{consent}", ctx.consent)
        return Decision(
            action=action,
            rules=tuple(r.name for r in matched),
            findings=det.findings,
            phi=det.phi,
            message_class=ctx.message_class,
            reply_code=deciding.reply_code,
            reply_text=reply_text,
            edits=edits,
            pool=pool,
        )

    def evaluate(self, envelope: Envelope, raw: bytes, consent: str | None = None) -> Decision:
        """Scan and decide. Never raises on message content; bounds -> 'unscannable'."""
        return self.decide(envelope, self.scan(raw), consent)

    def explain(self, envelope: Envelope, raw: bytes, consent: str | None = None) -> list[str]:
        """Human-readable lines: classification, findings, then each rule and why."""
        scan = self.scan(raw)
        return self.explain_scan(envelope, scan, consent)

    def explain_scan(
        self, envelope: Envelope, scan: ScanResult, consent: str | None = None
    ) -> list[str]:
        ctx = self._context(envelope, scan, consent)
        det = scan.detection
        lines = [
            f"class: {ctx.message_class} ({ctx.class_reason})",
            f"consent: {ctx.consent}",
            f"phi: {str(det.phi).lower()}"
            + (f" (parts: {', '.join(sorted(det.phi_parts))})" if det.phi_parts else ""),
            f"unscannable: {', '.join(scan.unscannable) or 'no'}",
        ]
        for f in det.findings:
            lines.append(
                f"finding: {f.detector} in {_safe_part(f.part)} x{f.count} ({f.confidence})"
            )
        stopped = False
        for rule in self.rules:
            if stopped:
                lines.append(f"rule {rule.name}: skipped (an earlier final rule matched)")
                continue
            results = _check(rule.when, ctx)
            if all(ok for ok, _ in results):
                why = "; ".join(r for _, r in results) or "no conditions"
                lines.append(f"rule {rule.name}: matched -> {rule.action} ({why})")
                stopped = rule.final
            else:
                why = "; ".join(r for ok, r in results if not ok)
                lines.append(f"rule {rule.name}: not matched ({why})")
        d = self.decide(envelope, scan, consent)
        lines.append(f"decision: {d.action} (rules: {', '.join(d.rules) or 'none'})")
        return lines


def _safe_part(part: str) -> str:
    # Parts are positional already ("attachment:2"); keep it that way in any output.
    return part


# -- loading with marks -------------------------------------------------------------------

_TOP_KEYS = frozenset(
    {
        "version",
        "rules",
        "classification",
        "identifiers",
        "dictionaries",
        "context",
        "icd10cm_codes",
        "first_names",
        "last_names",
        "common_words",
        "window",
    }
)
_RULE_KEYS = frozenset(
    {
        "name",
        "when",
        "action",
        "final",
        "reply",
        "add_headers",
        "remove_headers",
        "subject",
        "pool",
        "description",
    }
)
_WHEN_KEYS = frozenset(
    {
        "phi",
        "phi_in",
        "detectors",
        "parts",
        "min_confidence",
        "class",
        "consent",
        "consent_not",
        "sender",
        "sender_domain",
        "recipient",
        "recipient_domain",
        "external",
        "header_present",
        "header_matches",
        "size_over",
        "size_under",
        "unscannable",
        "tls_in",
        "authenticated",
    }
)
_CLASS_KEYS = frozenset(
    {
        "header",
        "marketing_senders",
        "marketing_domains",
        "marketing_submitters",
        "marketing_networks",
        "list_headers",
    }
)


def _items(node: yaml.Node) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else [node]


@dataclass
class _PendingRule:
    rule: Rule
    node: yaml.Node
    path: Path
    detector_nodes: list[tuple[str, yaml.Node]]
    always: bool  # no conditions at all


class _Loader:
    def __init__(self, errors: Errors) -> None:
        self.errors = errors
        self.spec = DetectorSpec()
        self.rules: list[Rule] = []
        self.pending: list[_PendingRule] = []
        self.classification = Classification()
        self._class_seen: str | None = None
        self._ident_files: dict[str, str] = {}

    def load_file(self, path: Path) -> None:
        root = compose(path, self.errors)
        if root is None:
            return
        r = Reader(path, self.errors)
        top = r.mapping(root, "top level", _TOP_KEYS)
        if "version" in top:
            v = r.integer(top["version"][1], "version")
            if v is not None and v != 1:
                r.error(top["version"][1], "version: only version 1 is supported")
        if "window" in top:
            w = r.integer(top["window"][1], "window")
            if w is not None:
                self.spec.window = w
        if "icd10cm_codes" in top:
            fname = r.string(top["icd10cm_codes"][1], "icd10cm_codes")
            if fname is not None:
                try:
                    codes = (path.parent / fname).read_text(encoding="ascii").split()
                    self.spec.icd10cm_codes = frozenset(
                        c.upper() for c in codes if c[:1].isalpha() and not c.startswith("#")
                    )
                except (OSError, UnicodeDecodeError):
                    r.error(top["icd10cm_codes"][1], f"icd10cm_codes: cannot read {fname}")
        for key in ("first_names", "last_names", "common_words"):
            if key in top:
                fname = r.string(top[key][1], key)
                if fname is not None:
                    try:
                        words = read_terms(path.parent / fname)
                    except (OSError, UnicodeDecodeError):
                        r.error(top[key][1], f"{key}: cannot read {fname}")
                    else:
                        setattr(self.spec, key, frozenset(words))
        if "context" in top:
            parse_word_lists(r, top["context"][1], self.spec)
        if "identifiers" in top:
            before = set(self.spec.identifiers)
            dup_check = DetectorSpec(window=self.spec.window)
            parse_identifiers(r, top["identifiers"][1], dup_check)
            for name, ident in dup_check.identifiers.items():
                if name in before:
                    r.error(top["identifiers"][1], f"identifiers.{name}: already defined")
                self.spec.identifiers[name] = ident
        if "dictionaries" in top:
            parse_dictionaries(r, top["dictionaries"][1], self.spec, path.parent)
        if "classification" in top:
            self._classification(r, top["classification"][1])
        if "rules" in top:
            node = top["rules"][1]
            if not isinstance(node, yaml.SequenceNode):
                r.error(node, "rules: expected a list")
            else:
                for item in node.value:
                    self._rule(r, path, item)

    def _classification(self, r: Reader, node: yaml.Node) -> None:
        if self._class_seen is not None:
            r.error(node, f"classification: already defined in {self._class_seen}")
            return
        self._class_seen = str(r.path)
        f = r.mapping(node, "classification", _CLASS_KEYS)
        c = Classification()
        header = c.header
        if "header" in f:
            header = r.string(f["header"][1], "classification.header") or header
        lists: dict[str, tuple[str, ...]] = {}
        for key in ("marketing_senders", "marketing_domains", "marketing_submitters"):
            if key in f:
                lists[key] = tuple(r.string_list(f[key][1], f"classification.{key}") or ())
        nets: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        if "marketing_networks" in f:
            vnode = f["marketing_networks"][1]
            for item in vnode.value if isinstance(vnode, yaml.SequenceNode) else [vnode]:
                text = r.string(item, "classification.marketing_networks item")
                if text is None:
                    continue
                try:
                    nets.append(ipaddress.ip_network(text, strict=False))
                except ValueError:
                    r.error(item, f"classification.marketing_networks: invalid network {text!r}")
        list_headers = True
        if "list_headers" in f:
            b = r.boolean(f["list_headers"][1], "classification.list_headers")
            list_headers = True if b is None else b
        self.classification = Classification(
            header=header,
            marketing_senders=lists.get("marketing_senders", ()),
            marketing_domains=lists.get("marketing_domains", ()),
            marketing_submitters=lists.get("marketing_submitters", ()),
            marketing_networks=tuple(nets),
            list_headers=list_headers,
        )

    def _rule(self, r: Reader, path: Path, node: yaml.Node) -> None:
        f = r.mapping(node, "rule", _RULE_KEYS)
        if not f:
            return
        name = ""
        if "name" not in f:
            r.error(node, "rule: missing key 'name'")
        else:
            name = r.string(f["name"][1], "rule.name") or ""
        what = f"rule {name!r}" if name else "rule"
        if name and any(p.rule.name == name for p in self.pending):
            r.error(f["name"][1], f"{what}: duplicate rule name")
        action = Action.DELIVER
        if "action" not in f:
            r.error(node, f"{what}: missing key 'action'")
        else:
            a = r.string(f["action"][1], f"{what}.action")
            if a is not None and a not in _ACTIONS:
                r.error(f["action"][1], f"{what}.action: expected one of {', '.join(_ACTIONS)}")
            elif a is not None:
                action = _ACTIONS[a]
        final = False
        if "final" in f:
            final = bool(r.boolean(f["final"][1], f"{what}.final"))
        reply_code, reply_text = 550, "5.7.1 Message refused by policy"
        if "reply" in f:
            text = r.string(f["reply"][1], f"{what}.reply")
            m = _REPLY.match(text or "")
            if text is not None and m is None:
                r.error(
                    f["reply"][1],
                    f"{what}.reply: expected 'CODE X.7.Y text' with a 4xx/5xx code, "
                    "a 4.7.x/5.7.x status and printable ASCII text",
                )
            elif m is not None:
                if m.group(1)[0] != m.group(2)[0]:
                    r.error(f["reply"][1], f"{what}.reply: code and status class differ")
                if re.search(r"\{(?!consent\})", m.group(3)):
                    r.error(
                        f["reply"][1], f"{what}.reply: only the {{consent}} placeholder is allowed"
                    )
                reply_code, reply_text = int(m.group(1)), f"{m.group(2)} {m.group(3)}"
            if action is not Action.REJECT:
                r.error(f["reply"][1], f"{what}.reply: only used with action reject")
        edits = self._edits(r, f, what)
        pool = None
        if "pool" in f:
            pool = r.string(f["pool"][1], f"{what}.pool")
        detector_nodes: list[tuple[str, yaml.Node]] = []
        when = Conditions()
        always = True
        if "when" in f:
            when, detector_nodes = self._when(r, f["when"][1], what)
            always = when == Conditions()
        rule = Rule(
            name=name,
            when=when,
            action=action,
            final=final,
            reply_code=reply_code,
            reply_text=reply_text,
            edits=edits,
            pool=pool,
            where=f"{path}:{node.start_mark.line + 1}",
        )
        self.pending.append(_PendingRule(rule, node, path, detector_nodes, always))

    def _edits(
        self, r: Reader, f: dict[str, tuple[yaml.Node, yaml.Node]], what: str
    ) -> HeaderEdits:
        add: list[tuple[str, str]] = []
        remove: list[str] = []
        subject = None
        if "add_headers" in f:
            for hname, (knode, vnode) in r.mapping(
                f["add_headers"][1], f"{what}.add_headers"
            ).items():
                value = r.scalar(vnode, f"{what}.add_headers.{hname}")
                if not _HEADER_NAME.match(hname):
                    r.error(knode, f"{what}.add_headers: invalid header name")
                elif value is not None and not _PRINTABLE.match(value):
                    r.error(vnode, f"{what}.add_headers.{hname}: value must be printable ASCII")
                elif value is not None:
                    add.append((hname, value))
        if "remove_headers" in f:
            for hname in r.string_list(f["remove_headers"][1], f"{what}.remove_headers") or ():
                if not _HEADER_NAME.match(hname):
                    r.error(f["remove_headers"][1], f"{what}.remove_headers: invalid header name")
                else:
                    remove.append(hname)
        if "subject" in f:
            subject = r.string(f["subject"][1], f"{what}.subject")
            if subject is not None and ("\r" in subject or "\n" in subject):
                r.error(f["subject"][1], f"{what}.subject: must be one line")
                subject = None
        return HeaderEdits(add=tuple(add), remove=tuple(remove), subject=subject)

    def _when(
        self, r: Reader, node: yaml.Node, what: str
    ) -> tuple[Conditions, list[tuple[str, yaml.Node]]]:
        f = r.mapping(node, f"{what}.when", _WHEN_KEYS)
        kw: dict[str, object] = {}
        det_nodes: list[tuple[str, yaml.Node]] = []
        w = f"{what}.when"

        def nonempty(key: str, values: list[str] | None) -> list[str] | None:
            if values is not None and not values:
                r.error(f[key][1], f"{w}.{key}: an empty list never matches")
                return None
            return values

        for key in ("phi", "external", "unscannable", "tls_in", "authenticated"):
            if key in f:
                kw[key] = r.boolean(f[key][1], f"{w}.{key}")
        for key, allowed in (("phi_in", PART_KINDS), ("parts", PART_KINDS)):
            if key in f:
                vals = nonempty(key, r.string_list(f[key][1], f"{w}.{key}"))
                if vals is not None:
                    for value, item in zip(vals, _items(f[key][1]), strict=False):
                        if value not in allowed:
                            r.error(
                                item,
                                f"{w}.{key}: unknown part {value!r} "
                                f"(known: {', '.join(sorted(allowed))})",
                            )
                    kw[key] = frozenset(vals)
        if "detectors" in f:
            vnode = f["detectors"][1]
            vals = nonempty("detectors", r.string_list(vnode, f"{w}.detectors"))
            if vals is not None:
                items = vnode.value if isinstance(vnode, yaml.SequenceNode) else [vnode]
                det_nodes = [(v, n) for v, n in zip(vals, items, strict=False)]
                kw["detectors"] = frozenset(vals)
        if "min_confidence" in f:
            c = r.string(f["min_confidence"][1], f"{w}.min_confidence")
            if c is not None and c not in _CONF:
                r.error(f["min_confidence"][1], f"{w}.min_confidence: expected low, medium or high")
            elif c is not None:
                kw["min_confidence"] = _CONF[c]
        if "class" in f:
            c = r.string(f["class"][1], f"{w}.class")
            if c is not None and c not in _CLASSES:
                r.error(f["class"][1], f"{w}.class: expected marketing or transactional")
            elif c is not None:
                kw["message_class"] = _CLASSES[c]
        for key in ("consent", "consent_not"):
            if key in f:
                vals = nonempty(key, r.string_list(f[key][1], f"{w}.{key}"))
                if vals is not None:
                    for value, item in zip(vals, _items(f[key][1]), strict=False):
                        if value not in CONSENT_STATUSES:
                            r.error(
                                item,
                                f"{w}.{key}: unknown consent status {value!r} "
                                f"(known: {', '.join(sorted(CONSENT_STATUSES))})",
                            )
                    kw[key] = frozenset(vals)
        for key in ("sender", "sender_domain", "recipient", "recipient_domain", "header_present"):
            if key in f:
                vals = nonempty(key, r.string_list(f[key][1], f"{w}.{key}"))
                if vals is not None:
                    kw[key] = tuple(vals)
        if "header_matches" in f:
            pairs: list[tuple[str, re.Pattern[str]]] = []
            for hname, (_k, vnode) in r.mapping(
                f["header_matches"][1], f"{w}.header_matches"
            ).items():
                what = f"{w}.header_matches.{hname}"
                rx = r.string(vnode, what)
                if rx is None or not check_regex(r, vnode, rx, what):
                    continue
                # Run with re on header values a sender writes: refuse the shape that can
                # take exponential time (regex_risk.py).
                risk = backtracking_risk(rx)
                if risk is not None:
                    r.error(vnode, f"{what}: {risk}")
                    continue
                pairs.append((hname, re.compile(rx)))
            kw["header_matches"] = tuple(pairs)
        for key in ("size_over", "size_under"):
            if key in f:
                n = r.integer(f[key][1], f"{w}.{key}")
                if n is not None and n < 0:
                    r.error(f[key][1], f"{w}.{key}: must be >= 0")
                kw[key] = n
        cond = Conditions(**{k: v for k, v in kw.items() if v is not None})  # type: ignore[arg-type]
        self._never(r, node, w, cond)
        return cond, det_nodes

    def _never(self, r: Reader, node: yaml.Node, w: str, c: Conditions) -> None:
        """Combinations that can never be true: almost always a policy bug."""
        if c.phi is False and c.phi_in is not None:
            r.error(node, f"{w}: can never match: phi is false but phi_in requires PHI")
        if c.consent is not None and c.consent_not is not None and c.consent <= c.consent_not:
            r.error(node, f"{w}: can never match: every consent status listed is excluded")
        if c.consent_not is not None and c.consent_not >= CONSENT_STATUSES:
            r.error(node, f"{w}: can never match: consent_not excludes every status")
        if c.size_over is not None and c.size_under is not None and c.size_over + 1 >= c.size_under:
            r.error(node, f"{w}: can never match: size_over >= size_under")
        if c.parts is not None and c.detectors is None:
            r.error(node, f"{w}: parts only applies together with detectors")

    def finish(self) -> None:
        names = self.spec.names()
        unconditional_final: str | None = None
        for p in self.pending:
            r = Reader(p.path, self.errors)
            for det, dnode in p.detector_nodes:
                if det not in names:
                    r.error(dnode, f"rule {p.rule.name!r}: unknown detector {det!r}")
            if unconditional_final is not None:
                r.error(
                    p.node,
                    f"rule {p.rule.name!r}: can never match: the final rule "
                    f"{unconditional_final!r} before it matches every message",
                )
            if p.always and p.rule.final:
                unconditional_final = p.rule.name
            self.rules.append(p.rule)
        if not self.spec.identifiers and not self.spec.dictionaries:
            self.errors.items.append("policy:1:1: no detectors defined (identifiers/dictionaries)")

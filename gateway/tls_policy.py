"""Verified-TLS policy for outbound delivery: which authentication a hop needs, the
ssl.SSLContext that enforces it, and the metadata recorded after the handshake.

Order of precedence for one (recipient domain, MX host) pair:

1. a local override for the domain (portal / tls with optional private CA / none);
2. DANE (RFC 7672) when enabled and the validating resolver returns AD-set TLSA for
   _25._tcp.<mx> (DANE wins over MTA-STS: RFC 8461 section 2);
3. MTA-STS (RFC 8461) enforce or testing;
4. ``must_protect`` (policy chose require_tls or portal): PKIX verification of the MX
   name against the system store, source ``local``;
5. otherwise opportunistic (source ``none``).

Whatever the source, a requirement with ``verify`` set is never satisfied by
plaintext or by an unverified handshake: the caller defers, tries the next MX, or
routes to the portal. There is no plaintext retry anywhere in this module's contract.
"""

from __future__ import annotations

import enum
import ipaddress
import logging
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import dns.asyncresolver
from pydantic import BaseModel, ConfigDict, Field, field_validator

from gateway.dane import (
    DaneStatus,
    TlsaRecord,
    lookup_tlsa,
    make_validating_resolver,
    mx_is_secure,
    peer_chain,
    prepare_validating,
    split_host_port,
    verify_tlsa,
)
from gateway.mta_sts import HttpsFetch, HttpsFetcher, MtaStsResolver, PolicyCache, mx_matches

__all__ = [
    "DomainOverride",
    "PolicySource",
    "TlsOutcome",
    "TlsPolicyResolver",
    "TlsPolicySettings",
    "TlsRequirement",
    "TlsVerificationError",
    "TlsaRecord",
    "classify_tls_error",
    "client_context",
    "failure_outcome",
    "outcome_from_ssl",
    "verify_tlsa",
]

log = logging.getLogger(__name__)

REASONS = ("ok", "no_starttls", "handshake", "verify", "version", "mx_mismatch", "other")


class DomainOverride(BaseModel):
    """Local TLS rule for one recipient domain; beats MTA-STS and DANE."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    domain: str = Field(
        description='Exact domain ("example.org") or "*.suffix" for every name under suffix '
        "(any depth, not the suffix itself). Exact beats wildcard; longer suffix beats shorter."
    )
    mode: Literal["portal", "tls", "none"] = Field(
        default="tls",
        description="portal: protected mail always goes to the portal (webmail-style). "
        "tls: verified TLS always required (chain + MX name), even for unprotected mail. "
        "none: skip MTA-STS/DANE lookups for this domain (broken published policy); "
        "protected mail still needs verified TLS.",
    )
    ca_file: Path | None = Field(
        default=None,
        description="PEM bundle of a private CA to verify this domain's MX against "
        "instead of the system store (partner with an internal PKI).",
    )
    mx_names: list[str] = Field(
        default_factory=list,
        description='MX host patterns allowed for this domain ("mx.partner.org", '
        '"*.partner.org" = one label); empty = any MX. Like a local MTA-STS mx list.',
    )

    @field_validator("domain")
    @classmethod
    def _domain_lower(cls, v: str) -> str:
        v = v.strip().lower().rstrip(".")
        if not v or " " in v:
            raise ValueError("domain must be a host name or *.suffix")
        return v


class TlsPolicySettings(BaseModel):
    """Config section ``tls_policy``: how outbound TLS is authenticated."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mta_sts: bool = Field(default=True, description="Honour MTA-STS (RFC 8461) policies.")
    mta_sts_cache: Path = Field(
        default=Path("var/mta-sts-cache.json"),
        description="JSON file caching fetched policies up to their max_age (survives restarts).",
    )
    mta_sts_timeout: float = Field(
        default=10.0, gt=0, description="Seconds for the whole HTTPS policy fetch."
    )
    mta_sts_max_bytes: int = Field(
        default=64 * 1024, gt=0, description="Largest policy body accepted, in bytes."
    )
    dane: bool = Field(
        default=False,
        description="Use DANE (RFC 7672) TLSA records when the resolver authenticates them.",
    )
    dane_resolver: str | None = Field(
        default=None,
        description='IP[:port] ("127.0.0.1:53", "[::1]:53") of a DNSSEC-validating resolver '
        "whose AD bit we trust (should be on localhost). None = /etc/resolv.conf.",
    )
    overrides: list[DomainOverride] = Field(
        default_factory=list, description="Per-domain rules; see DomainOverride."
    )
    webmail_portal_domains: list[str] = Field(
        default_factory=list,
        description="Domains whose protected mail always goes to the portal, like Zix's "
        'default list, e.g. ["gmail.com", "yahoo.com", "outlook.com", "aol.com"]. '
        "Shorthand for overrides with mode portal.",
    )
    min_version: Literal["TLSv1.2", "TLSv1.3"] = Field(
        default="TLSv1.2", description="Lowest TLS version accepted for verified delivery."
    )

    @field_validator("dane_resolver")
    @classmethod
    def _resolver_addr(cls, v: str | None) -> str | None:
        if v is None:
            return v
        host, port = split_host_port(v, 53)
        ipaddress.ip_address(host)  # ValueError -> pydantic error naming the key
        if not 0 < port < 65536:
            raise ValueError("port out of range")
        return v

    @field_validator("webmail_portal_domains")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        return [d.strip().lower().rstrip(".") for d in v]


class PolicySource(enum.StrEnum):
    """Where a TLS requirement came from (StrEnum: a str, as the contract needs)."""

    DANE = "dane"
    MTA_STS = "mta-sts"
    LOCAL = "local"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class TlsRequirement:
    """What one delivery hop must achieve.

    verify: the handshake must be authenticated, or the message is not sent over this
      connection. With ``tlsa`` non-empty authentication is DANE (TLSA match, checked
      by outcome_from_ssl after the handshake); otherwise PKIX chain + MX name, done
      by the context from client_context during the handshake.
    allowed_mx: MTA-STS / override mx patterns (None = any).
    tls_required: STARTTLS is mandatory even if not authenticated (DANE with only
      unusable TLSA records; everything with verify set).
    force_portal: protected mail for this domain goes to the portal without trying.
    testing_only: MTA-STS mode testing: report failures, do not block on them.
    deny_reason: when set, do not deliver to this MX at all (e.g. "mx_mismatch" under
      MTA-STS enforce, "dane_lookup" when the TLSA lookup failed): defer / next MX.
    detail: short token for the audit record explaining how the source was chosen.
    """

    source: PolicySource
    verify: bool
    allowed_mx: tuple[str, ...] | None = None
    tlsa: tuple[TlsaRecord, ...] = ()
    ca_file: Path | None = None
    force_portal: bool = False
    testing_only: bool = False
    tls_required: bool = False
    deny_reason: str | None = None
    detail: str = ""

    def mx_allowed(self, mx_host: str) -> bool:
        return self.allowed_mx is None or any(mx_matches(p, mx_host) for p in self.allowed_mx)


OPPORTUNISTIC = TlsRequirement(source=PolicySource.NONE, verify=False, detail="no-policy")


def _override_for(overrides: Sequence[DomainOverride], domain: str) -> DomainOverride | None:
    best: DomainOverride | None = None
    best_len = -1
    for ov in overrides:
        if ov.domain == domain:
            return ov
        if ov.domain.startswith("*."):
            suffix = ov.domain[1:]  # ".example.org"
            if domain.endswith(suffix) and len(suffix) > best_len:
                best, best_len = ov, len(suffix)
    return best


class TlsPolicyResolver:
    """Decides the TlsRequirement for each (domain, MX) pair. One per process."""

    def __init__(
        self,
        settings: TlsPolicySettings,
        resolver: dns.asyncresolver.Resolver | None = None,
        https_fetch: HttpsFetch | None = None,
        clock: Callable[[], float] = time.time,
        *,
        dane_resolver: dns.asyncresolver.Resolver | None = None,
    ) -> None:
        """``resolver`` answers MTA-STS TXT lookups (default: system resolver).

        For DANE, ``dane_resolver`` if given, else one pointed at
        ``settings.dane_resolver``, else ``resolver`` (tests), else the system
        resolver; it is switched to DNSSEC-requesting mode (AD + DO).
        """
        self.settings = settings
        self._res = resolver or dns.asyncresolver.Resolver()
        if dane_resolver is not None:
            self._dane_res = dane_resolver
        elif settings.dane_resolver is not None:
            self._dane_res = make_validating_resolver(settings.dane_resolver)
        elif resolver is not None:
            self._dane_res = resolver
        else:
            self._dane_res = make_validating_resolver(None)
        if settings.dane:
            prepare_validating(self._dane_res)
        self._sts = MtaStsResolver(
            self._res,
            https_fetch or HttpsFetcher(),
            PolicyCache(settings.mta_sts_cache, clock),
            timeout=settings.mta_sts_timeout,
            max_bytes=settings.mta_sts_max_bytes,
            clock=clock,
        )
        portal = [DomainOverride(domain=d, mode="portal") for d in settings.webmail_portal_domains]
        # Explicit overrides first so they win over the webmail shorthand on a tie.
        self._overrides = [*settings.overrides, *portal]

    async def requirement(
        self, domain: str, mx_host: str, must_protect: bool, *, via_smarthost: bool = False
    ) -> TlsRequirement:
        """The TLS requirement for delivering ``domain``'s mail to ``mx_host``.

        ``must_protect``: policy chose require_tls or portal, so verification is
        mandatory even without a published policy. ``via_smarthost``: ``mx_host`` is
        our relay, not the domain's MX, so the domain's MTA-STS/DANE do not apply to
        this hop; only local rules and must_protect do (verified against the relay name).
        """
        domain = domain.lower().rstrip(".")
        mx_host = mx_host.lower().rstrip(".")
        ov = _override_for(self._overrides, domain)
        if ov is not None and ov.mode == "portal" and must_protect:
            return TlsRequirement(
                source=PolicySource.LOCAL,
                verify=True,
                force_portal=True,
                tls_required=True,
                detail="override-portal",
            )
        if ov is not None and ov.mode == "tls":
            allowed = tuple(n.lower().rstrip(".") for n in ov.mx_names) or None
            req = TlsRequirement(
                source=PolicySource.LOCAL,
                verify=True,
                allowed_mx=allowed,
                ca_file=ov.ca_file,
                tls_required=True,
                detail="override-tls",
            )
            if not via_smarthost and not req.mx_allowed(mx_host):
                return _replace(req, deny_reason="mx_mismatch")
            return req
        lookups = not via_smarthost and (ov is None or ov.mode != "none")

        if lookups and self.settings.dane:
            dane_req = await self._dane(domain, mx_host)
            if dane_req is not None:
                return dane_req

        testing = False
        if lookups and self.settings.mta_sts:
            res = await self._sts.policy(domain)
            pol = res.policy
            if pol is not None and pol.mode == "enforce":
                req = TlsRequirement(
                    source=PolicySource.MTA_STS,
                    verify=True,
                    allowed_mx=pol.mx,
                    tls_required=True,
                    detail=f"sts-{res.detail}",
                )
                if not pol.mx_allowed(mx_host):
                    return _replace(req, deny_reason="mx_mismatch")
                return req
            if pol is not None and pol.mode == "testing":
                testing = True
                if not must_protect:
                    return TlsRequirement(
                        source=PolicySource.MTA_STS,
                        verify=False,
                        allowed_mx=pol.mx,
                        testing_only=True,
                        detail=f"sts-{res.detail}",
                    )

        if must_protect:
            return TlsRequirement(
                source=PolicySource.LOCAL,
                verify=True,
                ca_file=ov.ca_file if ov is not None else None,
                tls_required=True,
                testing_only=False,
                detail="must-protect" + ("-sts-testing" if testing else ""),
            )
        return OPPORTUNISTIC

    async def _dane(self, domain: str, mx_host: str) -> TlsRequirement | None:
        secure_mx = await mx_is_secure(self._dane_res, domain)
        if secure_mx is False:
            # An unauthenticated MX RRset could name any host: its TLSA proves nothing.
            return None
        lookup = await lookup_tlsa(self._dane_res, mx_host)
        if lookup.status is DaneStatus.SECURE:
            return TlsRequirement(
                source=PolicySource.DANE,
                verify=True,
                tlsa=lookup.records,
                tls_required=True,
                detail="dane-tlsa",
            )
        if lookup.status is DaneStatus.FAILED:
            return TlsRequirement(
                source=PolicySource.DANE,
                verify=True,
                tls_required=True,
                deny_reason="dane_lookup",
                detail="dane-lookup-failed",
            )
        if lookup.status is DaneStatus.UNUSABLE:
            # RFC 7672 section 2.2: TLS is mandatory, authentication impossible. We let
            # MTA-STS / must_protect add authentication if they apply.
            log.info("dane: only unusable TLSA records")
        return None


def _replace(req: TlsRequirement, **changes: Any) -> TlsRequirement:
    import dataclasses

    return dataclasses.replace(req, **changes)


_VERSIONS = {"TLSv1.2": ssl.TLSVersion.TLSv1_2, "TLSv1.3": ssl.TLSVersion.TLSv1_3}


def client_context(
    req: TlsRequirement, server_hostname: str, min_version: str = "TLSv1.2"
) -> ssl.SSLContext:
    """The SSLContext to pass to aiosmtplib's starttls(tls_context=..., server_hostname=mx).

    PKIX (verify without TLSA): CERT_REQUIRED + check_hostname, trust = ``ca_file`` if
    set else the system store; the name checked is ``server_hostname``, which must be
    the MX (or smarthost) name, never the recipient domain.

    DANE (TLSA present): Python's ssl cannot plug TLSA matching into the handshake,
    so the context completes the handshake without PKIX checks (CERT_NONE; DANE-EE
    ignores names and CA, RFC 7672 section 3.1.1) and the caller MUST call
    outcome_from_ssl(ssl_object, req, mx) before sending anything: it runs
    verify_tlsa on the peer's leaf and presented chain and returns verified=False on
    mismatch, in which case the caller quits without sending the message (defer).
    The SMTP dialogue after STARTTLS carries no message data until MAIL FROM, so
    checking then is not a leak.

    Unverified (opportunistic): CERT_NONE, same minimum version.
    """
    if min_version not in _VERSIONS:
        raise ValueError("min_version must be TLSv1.2 or TLSv1.3")
    if req.verify and not req.tlsa:
        ctx = ssl.create_default_context(
            purpose=ssl.Purpose.SERVER_AUTH,
            cafile=str(req.ca_file) if req.ca_file is not None else None,
        )
        ctx.check_hostname = True
        ctx.verify_mode = ssl.CERT_REQUIRED
    else:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    ctx.minimum_version = _VERSIONS[min_version]
    # Compression is off by default in OpenSSL 3; renegotiation off guards old servers.
    ctx.options |= ssl.OP_NO_COMPRESSION | getattr(ssl, "OP_NO_RENEGOTIATION", 0)
    _ = server_hostname  # used by the caller for SNI + name check; kept for the contract
    return ctx


@dataclass(frozen=True, slots=True)
class TlsOutcome:
    """Delivery metadata for the audit record: no PHI, only protocol facts."""

    source: PolicySource
    version: str
    cipher: str
    verified: bool
    reason: str  # one of REASONS
    detail: str = field(default="")


class TlsVerificationError(Exception):
    """Raised by callers (or check helpers) when a completed handshake fails policy."""

    def __init__(self, reason: str = "verify") -> None:
        super().__init__(reason)
        self.reason = reason


def _ssl_object(obj: object) -> ssl.SSLObject | ssl.SSLSocket | None:
    if isinstance(obj, ssl.SSLObject | ssl.SSLSocket):
        return obj
    for getter_name in ("get_extra_info", "get_transport_info"):
        getter = getattr(obj, getter_name, None)
        if callable(getter):
            found = getter("ssl_object")
            if isinstance(found, ssl.SSLObject | ssl.SSLSocket):
                return found
    transport = getattr(obj, "transport", None)
    if transport is not None and transport is not obj:
        return _ssl_object(transport)
    return None


def outcome_from_ssl(
    obj: object, req: TlsRequirement | None = None, mx_host: str = ""
) -> TlsOutcome:
    """Read version/cipher after STARTTLS and, for DANE, check the TLSA match.

    ``obj``: an ssl.SSLObject/SSLSocket, an asyncio transport, or aiosmtplib's SMTP
    (anything with get_extra_info/get_transport_info("ssl_object")). No TLS found ->
    reason "no_starttls". ``verified`` is True when the handshake was PKIX-verified by
    our context (CERT_REQUIRED + check_hostname) or the TLSA records matched.
    """
    source = req.source if req is not None else PolicySource.NONE
    sslobj = _ssl_object(obj)
    if sslobj is None:
        return TlsOutcome(source, "", "", False, "no_starttls")
    version = sslobj.version() or ""
    cipher_info = sslobj.cipher()
    cipher = cipher_info[0] if cipher_info else ""
    if req is not None and req.tlsa:
        leaf, chain = peer_chain(sslobj)
        names = [mx_host] if mx_host else []
        ok = verify_tlsa(req.tlsa, leaf, chain, names=names)
        return TlsOutcome(source, version, cipher, ok, "ok" if ok else "verify", "dane")
    ctx = sslobj.context
    verified = ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    return TlsOutcome(source, version, cipher, verified, "ok")


def failure_outcome(req: TlsRequirement | None, exc: BaseException) -> TlsOutcome:
    """The TlsOutcome to record when STARTTLS or the handshake raised ``exc``."""
    source = req.source if req is not None else PolicySource.NONE
    return TlsOutcome(source, "", "", False, classify_tls_error(exc))


_VERSION_REASONS = frozenset(
    {
        "UNSUPPORTED_PROTOCOL",
        "TLSV1_ALERT_PROTOCOL_VERSION",
        "WRONG_SSL_VERSION",
        "WRONG_VERSION_NUMBER",
        "NO_PROTOCOLS_AVAILABLE",
        "VERSION_TOO_LOW",
        "UNSUPPORTED_SSL_VERSION",
        "TLSV1_ALERT_INSUFFICIENT_SECURITY",
        "NO_CIPHERS_AVAILABLE",
        "NO_SHARED_CIPHER",
    }
)


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen and len(seen) < 8:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


def classify_tls_error(exc: BaseException) -> str:
    """Reason token for tls_failures_total{reason}: never the exception text.

    verify: certificate chain, expiry or name failure (ssl.SSLCertVerificationError),
    or a DANE/MX check failure raised as TlsVerificationError. version: the peer
    offered only protocol versions or ciphers below our floor. handshake: any other
    TLS failure, including the peer dropping the connection mid-handshake.
    no_starttls: the server does not offer STARTTLS or refused it (454/other reply).
    """
    for e in _chain(exc):
        if isinstance(e, TlsVerificationError):
            return e.reason if e.reason in REASONS else "other"
        if isinstance(e, ssl.SSLCertVerificationError):
            return "verify"
        if isinstance(e, ssl.SSLError):
            reason = (getattr(e, "reason", None) or "").upper()
            return "version" if reason in _VERSION_REASONS else "handshake"
    for e in _chain(exc):
        mod = type(e).__module__
        if mod.startswith("aiosmtplib"):
            text = str(e)
            code = getattr(e, "code", None)
            if "STARTTLS" in text and "not supported" in text:
                return "no_starttls"
            if code in (454, 502, 500, 501, 503, 504):
                # RFC 3207: 454 = TLS not available now; 50x = command not recognised.
                return "no_starttls"
            if type(e).__name__ == "SMTPServerDisconnected" and "upgrading" in text:
                return "handshake"
        if isinstance(e, ConnectionResetError | ConnectionAbortedError | EOFError):
            return "handshake"
    return "other"

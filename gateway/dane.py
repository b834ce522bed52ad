"""DANE for SMTP (RFC 7672): TLSA lookup through a validating resolver and matching.

Only TLSA records that arrive with the AD bit set from a resolver we trust count; an
unsigned TLSA RRset is indistinguishable from one an attacker forged, so it is
ignored (RFC 7672 section 2.2). Usable records are DANE-TA(2) and DANE-EE(3) with
selectors Cert(0)/SPKI(1) and matching types Full(0)/SHA2-256(1)/SHA2-512(2);
PKIX-TA(0)/PKIX-EE(1) are unusable for SMTP (RFC 7672 section 3.1.3).

Nothing here opens sockets except the DNS query; matching is a pure function.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import hashlib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import dns.asyncresolver
import dns.exception
import dns.flags
import dns.name
import dns.rdatatype
import dns.resolver
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

USAGE_DANE_TA = 2
USAGE_DANE_EE = 3
SELECTOR_CERT = 0
SELECTOR_SPKI = 1
MTYPE_FULL = 0
MTYPE_SHA256 = 1
MTYPE_SHA512 = 2

# A DANE-TA path longer than this is a misconfiguration or an attack, not a chain.
_MAX_PATH = 8


@dataclass(frozen=True, slots=True)
class TlsaRecord:
    """One TLSA record (RFC 6698 section 2.1): usage, selector, matching type, data."""

    usage: int
    selector: int
    mtype: int
    data: bytes

    @property
    def usable(self) -> bool:
        """True for the parameter combinations RFC 7672 lets an SMTP client use."""
        return (
            self.usage in (USAGE_DANE_TA, USAGE_DANE_EE)
            and self.selector in (SELECTOR_CERT, SELECTOR_SPKI)
            and self.mtype in (MTYPE_FULL, MTYPE_SHA256, MTYPE_SHA512)
        )

    def __str__(self) -> str:
        # Presentation form, for logs and CLI: public key material only, never PHI.
        return f"{self.usage} {self.selector} {self.mtype} {self.data.hex()}"


class DaneStatus(enum.StrEnum):
    """Result of a TLSA lookup, as a value rather than an exception."""

    SECURE = "secure"  # AD-set TLSA RRset with at least one usable record
    UNUSABLE = "unusable"  # AD-set, but every record unusable: encrypt, no authentication
    INSECURE = "insecure"  # no TLSA, or the answer was not authenticated
    FAILED = "failed"  # lookup error (SERVFAIL, timeout): DANE state unknown, defer


@dataclass(frozen=True, slots=True)
class DaneLookup:
    status: DaneStatus
    records: tuple[TlsaRecord, ...] = ()


def tlsa_qname(mx_host: str, port: int = 25) -> str:
    return f"_{port}._tcp.{mx_host.rstrip('.')}."


def make_validating_resolver(address: str | None) -> dns.asyncresolver.Resolver:
    """A resolver that asks for DNSSEC data and reports the upstream's AD bit.

    ``address`` is "IP", "IP:port" or "[IPv6]:port"; None uses /etc/resolv.conf, which
    must then point at a local validating resolver (the AD bit is only as trustworthy
    as the path to the resolver: RFC 6698 section 4.1, RFC 7672 section 2.1).
    """
    res = dns.asyncresolver.Resolver(configure=address is None)
    if address is not None:
        host, port = split_host_port(address, 53)
        res.nameservers = [host]
        res.port = port
    prepare_validating(res)
    return res


def prepare_validating(res: dns.asyncresolver.Resolver) -> None:
    """Set AD in queries (RFC 6840 section 5.7) and EDNS DO so the resolver validates."""
    res.flags = dns.flags.RD | dns.flags.AD
    res.use_edns(0, dns.flags.DO, 1232)
    res.lifetime = min(res.lifetime, 10.0)


def split_host_port(text: str, default_port: int) -> tuple[str, int]:
    """Parse "IP", "IP:port", "[v6]:port" or a bare IPv6 address."""
    text = text.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") else default_port
    if text.count(":") == 1:
        host, _, port = text.partition(":")
        return host, int(port)
    return text, default_port


def _authenticated(answer: dns.resolver.Answer) -> bool:
    return bool(answer.response.flags & dns.flags.AD)


async def mx_is_secure(res: dns.asyncresolver.Resolver, domain: str) -> bool | None:
    """Whether the domain's MX RRset validated (AD). None when the domain has no MX.

    RFC 7672 section 2.2.1: DANE applies to an MX host only when the MX lookup itself
    was secure; otherwise an attacker could have substituted a host of their choosing
    (with TLSA records of their choosing).
    """
    try:
        answer = await res.resolve(domain.rstrip(".") + ".", "MX", raise_on_no_answer=True)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return None
    except asyncio.CancelledError:
        raise
    except dns.exception.DNSException:
        return False
    return _authenticated(answer)


async def lookup_tlsa(res: dns.asyncresolver.Resolver, mx_host: str, port: int = 25) -> DaneLookup:
    """Look up _25._tcp.<mx_host> TLSA and keep it only if the answer was authenticated."""
    try:
        answer = await res.resolve(tlsa_qname(mx_host, port), "TLSA", raise_on_no_answer=True)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return DaneLookup(DaneStatus.INSECURE)
    except asyncio.CancelledError:
        raise
    except dns.exception.DNSException:
        # SERVFAIL from a validating resolver usually means "bogus": the zone is signed
        # and something is wrong. RFC 7672 section 2.2 says not to fall back silently.
        return DaneLookup(DaneStatus.FAILED)
    if not _authenticated(answer):
        return DaneLookup(DaneStatus.INSECURE)
    records = tuple(
        TlsaRecord(int(rr.usage), int(rr.selector), int(rr.mtype), bytes(rr.cert))
        for rr in answer
        if rr.rdtype == dns.rdatatype.TLSA
    )
    usable = tuple(r for r in records if r.usable)
    if not usable:
        return DaneLookup(DaneStatus.UNUSABLE, records)
    return DaneLookup(DaneStatus.SECURE, usable)


def _selected(cert_der: bytes, selector: int) -> bytes | None:
    if selector == SELECTOR_CERT:
        return cert_der
    try:
        cert = x509.load_der_x509_certificate(cert_der)
    except ValueError:
        return None
    return cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)


def _matches(rec: TlsaRecord, cert_der: bytes) -> bool:
    sel = _selected(cert_der, rec.selector)
    if sel is None:
        return False
    if rec.mtype == MTYPE_FULL:
        return sel == rec.data
    if rec.mtype == MTYPE_SHA256:
        return hashlib.sha256(sel).digest() == rec.data
    if rec.mtype == MTYPE_SHA512:
        return hashlib.sha512(sel).digest() == rec.data
    return False


def _name_matches(pattern: str, host: str) -> bool:
    # RFC 6125 section 6.4.3 as narrowed by RFC 7672 section 3.2.3: a wildcard only as
    # the complete leftmost label, matching exactly one label.
    pattern = pattern.lower().rstrip(".")
    host = host.lower().rstrip(".")
    if pattern.startswith("*."):
        head, _, rest = host.partition(".")
        return bool(head) and rest == pattern[2:]
    return pattern == host


def cert_matches_names(cert: x509.Certificate, names: Sequence[str]) -> bool:
    """Name check for DANE-TA (RFC 7672 section 3.2.2): SAN dNSName, else subject CN."""
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        presented = san.value.get_values_for_type(x509.DNSName)
    except x509.ExtensionNotFound:
        presented = [
            str(a.value) for a in cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
        ]
    return any(_name_matches(p, n) for p in presented for n in names)


def _valid_at(cert: x509.Certificate, now: datetime) -> bool:
    return cert.not_valid_before_utc <= now <= cert.not_valid_after_utc


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        bc = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    except x509.ExtensionNotFound:
        return False
    return bool(bc.value.ca)


def _issued_by(child: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        child.verify_directly_issued_by(issuer)
    except (ValueError, TypeError):
        return False
    except Exception:  # InvalidSignature and friends: any failure is "not issued by"
        return False
    return True


def _ta_path_ok(
    leaf: x509.Certificate,
    anchor: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    now: datetime,
) -> bool:
    """Walk leaf -> intermediates -> anchor by signature; intermediates must be CAs.

    The anchor itself is trusted because DNSSEC vouched for it, so its own validity
    dates and constraints are not checked (RFC 7671 section 5.2.2).
    """
    current = leaf
    for _ in range(_MAX_PATH):
        if _issued_by(current, anchor):
            return True
        nxt = next(
            (
                c
                for c in intermediates
                if c != current and _is_ca(c) and _valid_at(c, now) and _issued_by(current, c)
            ),
            None,
        )
        if nxt is None:
            return False
        current = nxt
    return False


def verify_tlsa(
    records: Sequence[TlsaRecord],
    leaf_der: bytes,
    chain_der: Sequence[bytes],
    *,
    names: Sequence[str] = (),
    now: datetime | None = None,
) -> bool:
    """True when the peer's certificates satisfy at least one usable TLSA record.

    ``chain_der`` is the chain as the server sent it (the leaf may or may not be
    first). DANE-EE(3) matches the leaf alone, ignoring names and dates (RFC 7672
    section 3.1.1). DANE-TA(2) matches a certificate in the chain (or the record's
    own certificate for 2 0 0), then requires a signature path from the leaf to it,
    a leaf valid now and, when ``names`` is given, a leaf naming one of them
    (RFC 7672 sections 3.1.2, 3.2.2). With an empty ``names`` the name check is
    skipped: callers doing DANE-TA must pass the MX host name.
    """
    usable = [r for r in records if r.usable]
    if not usable or not leaf_der:
        return False
    if any(r.usage == USAGE_DANE_EE and _matches(r, leaf_der) for r in usable):
        return True
    ta_records = [r for r in usable if r.usage == USAGE_DANE_TA]
    if not ta_records:
        return False
    when = now or datetime.now(UTC)
    try:
        leaf = x509.load_der_x509_certificate(leaf_der)
    except ValueError:
        return False
    if not _valid_at(leaf, when):
        return False
    if names and not cert_matches_names(leaf, names):
        return False
    others: list[x509.Certificate] = []
    for der in chain_der:
        if der == leaf_der:
            continue
        try:
            others.append(x509.load_der_x509_certificate(der))
        except ValueError:
            continue
    anchors: list[x509.Certificate] = []
    for rec in ta_records:
        anchors.extend(c for c in others if _matches(rec, c.public_bytes(Encoding.DER)))
        if rec.selector == SELECTOR_CERT and rec.mtype == MTYPE_FULL:
            # 2 0 0 publishes the whole anchor, so the server need not send it.
            with contextlib.suppress(ValueError):
                anchors.append(x509.load_der_x509_certificate(rec.data))
    return any(_ta_path_ok(leaf, a, others, when) for a in anchors)


def peer_chain(sslobj: ssl.SSLObject | ssl.SSLSocket) -> tuple[bytes, list[bytes]]:
    """Leaf DER and the chain the peer sent, as far as this Python exposes it.

    ``getpeercert(binary_form=True)`` returns the leaf even when the context did not
    verify it. The presented chain is public API only from Python 3.13
    (``get_unverified_chain``); on 3.10-3.12 the same method exists on the private
    ``_sslobj``, which we use when present. Without either, only the leaf is known and
    DANE-TA can match only 2 0 0 records that chain directly to the leaf.
    """
    leaf = sslobj.getpeercert(binary_form=True) or b""
    chain: list[bytes] = []
    getter: Any = getattr(sslobj, "get_unverified_chain", None)
    if getter is None:
        getter = getattr(getattr(sslobj, "_sslobj", None), "get_unverified_chain", None)
    if getter is not None:
        try:
            items = getter() or []
        except (ssl.SSLError, ValueError, AttributeError):
            items = []
        for item in items:
            if isinstance(item, bytes):
                chain.append(item)
            else:  # _ssl.Certificate on 3.10-3.12
                chain.append(item.public_bytes(ssl._ssl.ENCODING_DER))  # type: ignore[attr-defined]
    if not chain and leaf:
        chain = [leaf]
    return leaf, chain

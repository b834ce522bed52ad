"""DANE: TLSA matching with trustme certificates, AD-bit handling, live handshakes."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import ssl
from collections.abc import Awaitable, Callable
from pathlib import Path

import dns.asyncresolver
import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from gateway.dane import DaneStatus, TlsaRecord, lookup_tlsa, peer_chain, verify_tlsa
from gateway.tls_policy import (
    PolicySource,
    TlsPolicyResolver,
    TlsPolicySettings,
    client_context,
    outcome_from_ssl,
)

from .conftest import DnsServer, TlsServer

MX = "mx.example.test"


def _der(pem: bytes) -> bytes:
    return ssl.PEM_cert_to_DER_cert(pem.decode())


def _spki(der: bytes) -> bytes:
    return (
        x509.load_der_x509_certificate(der)
        .public_key()
        .public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    )


def _tlsa(usage: int, selector: int, mtype: int, der: bytes) -> TlsaRecord:
    sel = der if selector == 0 else _spki(der)
    data = {0: sel, 1: hashlib.sha256(sel).digest(), 2: hashlib.sha512(sel).digest()}[mtype]
    return TlsaRecord(usage, selector, mtype, data)


@pytest.fixture(scope="module")
def chain() -> tuple[trustme.CA, trustme.CA, list[bytes]]:
    """root -> intermediate -> leaf(mx.example.test); chain as a server sends it."""
    root = trustme.CA()
    inter = root.create_child_ca()
    leaf = inter.issue_cert(MX)
    return root, inter, [_der(b.bytes()) for b in leaf.cert_chain_pems]


# ------------------------------------------------------------------ pure matching


@pytest.mark.parametrize(("selector", "mtype"), [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)])
def test_dane_ee_match_all_parameters(
    chain: tuple[trustme.CA, trustme.CA, list[bytes]], selector: int, mtype: int
) -> None:
    leaf = chain[2][0]
    assert verify_tlsa([_tlsa(3, selector, mtype, leaf)], leaf, chain[2])


def test_dane_ee_mismatch(chain: tuple[trustme.CA, trustme.CA, list[bytes]]) -> None:
    leaf = chain[2][0]
    other = _der(trustme.CA().issue_cert(MX).cert_chain_pems[0].bytes())
    assert not verify_tlsa([_tlsa(3, 1, 1, other)], leaf, chain[2])
    # Same key material, one bit flipped in the digest.
    rec = _tlsa(3, 1, 1, leaf)
    flipped = TlsaRecord(3, 1, 1, bytes([rec.data[0] ^ 1]) + rec.data[1:])
    assert not verify_tlsa([flipped], leaf, chain[2])


def test_dane_ee_ignores_names() -> None:
    # RFC 7672 section 3.1.1: DANE-EE binds the key; the certificate's names are moot.
    leaf = _der(trustme.CA().issue_cert("something-else.test").cert_chain_pems[0].bytes())
    assert verify_tlsa([_tlsa(3, 1, 1, leaf)], leaf, [leaf], names=[MX])


def test_unusable_records_never_match(chain: tuple[trustme.CA, trustme.CA, list[bytes]]) -> None:
    leaf = chain[2][0]
    for usage in (0, 1):  # PKIX-TA / PKIX-EE are unusable for SMTP
        assert not verify_tlsa([_tlsa(usage, 1, 1, leaf)], leaf, chain[2])
    assert not verify_tlsa([TlsaRecord(3, 1, 9, b"x")], leaf, chain[2])


def test_dane_ta_intermediate_in_chain(chain: tuple[trustme.CA, trustme.CA, list[bytes]]) -> None:
    leaf, inter = chain[2][0], chain[2][1]
    assert verify_tlsa([_tlsa(2, 1, 1, inter)], leaf, chain[2], names=[MX])
    assert verify_tlsa([_tlsa(2, 0, 2, inter)], leaf, chain[2], names=[MX])


def test_dane_ta_root_full_cert_not_sent(
    chain: tuple[trustme.CA, trustme.CA, list[bytes]],
) -> None:
    root = _der(chain[0].cert_pem.bytes())
    leaf = chain[2][0]
    # 2 0 0 carries the anchor itself, so the server need not send it.
    assert verify_tlsa([_tlsa(2, 0, 0, root)], leaf, chain[2], names=[MX])
    # A digest of an anchor the server does not send cannot be used.
    assert not verify_tlsa([_tlsa(2, 0, 1, root)], leaf, chain[2], names=[MX])


def test_dane_ta_name_check(chain: tuple[trustme.CA, trustme.CA, list[bytes]]) -> None:
    leaf, inter = chain[2][0], chain[2][1]
    assert not verify_tlsa([_tlsa(2, 1, 1, inter)], leaf, chain[2], names=["mx.other.test"])


def test_dane_ta_rejects_leaf_not_issued_by_anchor(
    chain: tuple[trustme.CA, trustme.CA, list[bytes]],
) -> None:
    inter = chain[2][1]
    stranger = trustme.CA().issue_cert(MX)
    s_chain = [_der(b.bytes()) for b in stranger.cert_chain_pems]
    # Attacker presents their own leaf plus the victim's intermediate.
    assert not verify_tlsa([_tlsa(2, 1, 1, inter)], s_chain[0], [s_chain[0], inter], names=[MX])


# ------------------------------------------------------------------ DNS + AD bit


async def test_lookup_requires_ad(
    dns_server: DnsServer, resolver: dns.asyncresolver.Resolver
) -> None:
    rec = "3 1 1 " + "ab" * 32
    dns_server.set(f"_25._tcp.{MX}", "TLSA", [rec], ad=False)
    assert (await lookup_tlsa(resolver, MX)).status is DaneStatus.INSECURE
    dns_server.set(f"_25._tcp.{MX}", "TLSA", [rec], ad=True)
    found = await lookup_tlsa(resolver, MX)
    assert found.status is DaneStatus.SECURE
    assert found.records == (TlsaRecord(3, 1, 1, bytes.fromhex("ab" * 32)),)


async def test_lookup_unusable_and_failed(
    dns_server: DnsServer, resolver: dns.asyncresolver.Resolver
) -> None:
    dns_server.set(f"_25._tcp.{MX}", "TLSA", ["1 1 1 " + "ab" * 32], ad=True)
    assert (await lookup_tlsa(resolver, MX)).status is DaneStatus.UNUSABLE
    dns_server.fail(f"_25._tcp.{MX}", "TLSA")
    assert (await lookup_tlsa(resolver, MX)).status is DaneStatus.FAILED
    dns_server.remove(f"_25._tcp.{MX}", "TLSA")
    assert (await lookup_tlsa(resolver, MX)).status is DaneStatus.INSECURE


def _settings(tmp_path: Path) -> TlsPolicySettings:
    return TlsPolicySettings(dane=True, mta_sts=False, mta_sts_cache=tmp_path / "c.json")


async def test_requirement_dane_secure(
    dns_server: DnsServer, resolver: dns.asyncresolver.Resolver, tmp_path: Path
) -> None:
    dns_server.set("example.test", "MX", [f"10 {MX}."], ad=True)
    dns_server.set(f"_25._tcp.{MX}", "TLSA", ["3 1 1 " + "ab" * 32], ad=True)
    tp = TlsPolicyResolver(_settings(tmp_path), resolver=resolver)
    req = await tp.requirement("example.test", MX, must_protect=False)
    assert req.source is PolicySource.DANE and req.verify and req.tlsa
    # The queries asked the resolver for authenticated data (AD bit, RFC 6840 5.7).
    assert all(ad for _, _, ad in dns_server.queries)


async def test_requirement_no_ad_is_ignored(
    dns_server: DnsServer, resolver: dns.asyncresolver.Resolver, tmp_path: Path
) -> None:
    dns_server.set("example.test", "MX", [f"10 {MX}."], ad=True)
    dns_server.set(f"_25._tcp.{MX}", "TLSA", ["3 1 1 " + "ab" * 32], ad=False)
    tp = TlsPolicyResolver(_settings(tmp_path), resolver=resolver)
    req = await tp.requirement("example.test", MX, must_protect=False)
    assert req.source is PolicySource.NONE and not req.verify and not req.tlsa


async def test_requirement_insecure_mx_ignores_tlsa(
    dns_server: DnsServer, resolver: dns.asyncresolver.Resolver, tmp_path: Path
) -> None:
    dns_server.set("example.test", "MX", [f"10 {MX}."], ad=False)
    dns_server.set(f"_25._tcp.{MX}", "TLSA", ["3 1 1 " + "ab" * 32], ad=True)
    tp = TlsPolicyResolver(_settings(tmp_path), resolver=resolver)
    req = await tp.requirement("example.test", MX, must_protect=True)
    assert req.source is PolicySource.LOCAL and req.verify and not req.tlsa


async def test_requirement_tlsa_servfail_defers(
    dns_server: DnsServer, resolver: dns.asyncresolver.Resolver, tmp_path: Path
) -> None:
    dns_server.set("example.test", "MX", [f"10 {MX}."], ad=True)
    dns_server.fail(f"_25._tcp.{MX}", "TLSA")
    tp = TlsPolicyResolver(_settings(tmp_path), resolver=resolver)
    req = await tp.requirement("example.test", MX, must_protect=False)
    assert req.source is PolicySource.DANE and req.deny_reason == "dane_lookup"


# ------------------------------------------------------------------ live handshakes

Factory = Callable[[ssl.SSLContext], Awaitable[TlsServer]]


async def _handshake(port: int, ctx: ssl.SSLContext) -> asyncio.StreamWriter:
    _, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx, server_hostname=MX)
    return writer


async def _close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    with contextlib.suppress(OSError, ssl.SSLError):
        await writer.wait_closed()


@pytest.mark.parametrize("usage", [3, 2])
async def test_dane_live_match_and_mismatch(
    tls_server_factory: Factory, chain: tuple[trustme.CA, trustme.CA, list[bytes]], usage: int
) -> None:
    root, inter = chain[0], chain[1]
    server_cert = inter.issue_cert(MX)
    sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_cert.configure_cert(sctx)
    server = await tls_server_factory(sctx)
    leaf_der = _der(server_cert.cert_chain_pems[0].bytes())
    inter_der = _der(server_cert.cert_chain_pems[1].bytes())
    good = _tlsa(3, 1, 1, leaf_der) if usage == 3 else _tlsa(2, 1, 1, inter_der)
    other_root = trustme.CA()
    bad = _tlsa(usage, 1, 1, _der(other_root.cert_pem.bytes()))
    assert root is not None

    from gateway.tls_policy import TlsRequirement

    for records, expect in (((good,), True), ((bad,), False)):
        req = TlsRequirement(source=PolicySource.DANE, verify=True, tlsa=records)
        # The system store does not know this CA: only DANE can make it pass.
        writer = await _handshake(server.port, client_context(req, MX, "TLSv1.2"))
        sslobj = writer.get_extra_info("ssl_object")
        leaf, presented = peer_chain(sslobj)
        assert leaf == leaf_der
        assert inter_der in presented  # chain visible on 3.11 via the private API
        out = outcome_from_ssl(writer.transport, req, MX)
        await _close(writer)
        assert out.verified is expect
        assert out.reason == ("ok" if expect else "verify")
        assert out.source is PolicySource.DANE
        assert out.version in ("TLSv1.2", "TLSv1.3")

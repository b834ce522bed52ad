"""Settings, precedence, overrides, client_context against live TLS servers, reasons."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import aiosmtplib
import dns.asyncresolver
import pydantic
import pytest
import trustme

from gateway.tls_policy import (
    DomainOverride,
    PolicySource,
    TlsPolicyResolver,
    TlsPolicySettings,
    TlsRequirement,
    TlsVerificationError,
    classify_tls_error,
    client_context,
    failure_outcome,
    outcome_from_ssl,
)

from .conftest import (
    GOOD_POLICY,
    DnsServer,
    PolicyServer,
    TlsServer,
    self_signed,
    threaded_tls_server,
)

MX = "mx.example.test"
Factory = Callable[[ssl.SSLContext], Awaitable[TlsServer]]


# ------------------------------------------------------------------ settings


def test_settings_defaults_and_strictness() -> None:
    s = TlsPolicySettings()
    assert s.mta_sts and not s.dane and s.min_version == "TLSv1.2"
    assert s.webmail_portal_domains == [] and s.overrides == []
    with pytest.raises(pydantic.ValidationError):
        TlsPolicySettings(mta_sts_tls=True)  # type: ignore[call-arg]
    with pytest.raises(pydantic.ValidationError):
        TlsPolicySettings(min_version="TLSv1.1")  # type: ignore[arg-type]
    with pytest.raises(pydantic.ValidationError):
        TlsPolicySettings(dane_resolver="resolver.example")
    assert TlsPolicySettings(dane_resolver="[::1]:5353").dane_resolver == "[::1]:5353"
    assert TlsPolicySettings(dane_resolver="127.0.0.1").dane_resolver == "127.0.0.1"
    with pytest.raises(pydantic.ValidationError):
        s.dane = True  # frozen


# ------------------------------------------------------------------ precedence


def _tp(
    resolver: dns.asyncresolver.Resolver,
    tmp_path: Path,
    policy_server: PolicyServer | None = None,
    client_trusting: ssl.SSLContext | None = None,
    **kw: object,
) -> TlsPolicyResolver:
    from gateway.mta_sts import HttpsFetcher

    settings = TlsPolicySettings(mta_sts_cache=tmp_path / "cache.json", **kw)  # type: ignore[arg-type]
    fetch = None
    if policy_server is not None:
        fetch = HttpsFetcher(
            ssl_context=client_trusting,
            connect_map={"mta-sts.example.test": ("127.0.0.1", policy_server.port)},
        )
    return TlsPolicyResolver(settings, resolver=resolver, https_fetch=fetch)


async def test_no_policy_opportunistic_vs_must_protect(
    resolver: dns.asyncresolver.Resolver, tmp_path: Path
) -> None:
    tp = _tp(resolver, tmp_path)
    loose = await tp.requirement("example.test", MX, must_protect=False)
    assert loose.source is PolicySource.NONE and not loose.verify and not loose.tls_required
    strict = await tp.requirement("example.test", MX, must_protect=True)
    assert strict.source is PolicySource.LOCAL and strict.verify and strict.tls_required
    assert strict.deny_reason is None and not strict.force_portal


async def test_mta_sts_enforce_and_mx_mismatch(
    dns_server: DnsServer,
    resolver: dns.asyncresolver.Resolver,
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    tmp_path: Path,
) -> None:
    dns_server.set("_mta-sts.example.test", "TXT", ['"v=STSv1; id=1;"'])
    policy_server.body = GOOD_POLICY
    tp = _tp(resolver, tmp_path, policy_server, client_trusting)
    ok = await tp.requirement("example.test", "mx1.example.test", must_protect=False)
    assert ok.source is PolicySource.MTA_STS and ok.verify and ok.deny_reason is None
    assert ok.allowed_mx == ("mx1.example.test", "*.mail.example.test")
    wild = await tp.requirement("example.test", "a.mail.example.test", must_protect=False)
    assert wild.deny_reason is None
    bad = await tp.requirement("example.test", "a.b.mail.example.test", must_protect=False)
    assert bad.deny_reason == "mx_mismatch"
    assert len(policy_server.requests) == 1  # later lookups came from the cache


async def test_mta_sts_testing_mode(
    dns_server: DnsServer,
    resolver: dns.asyncresolver.Resolver,
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    tmp_path: Path,
) -> None:
    dns_server.set("_mta-sts.example.test", "TXT", ['"v=STSv1; id=1;"'])
    policy_server.body = GOOD_POLICY.replace(b"enforce", b"testing")
    tp = _tp(resolver, tmp_path, policy_server, client_trusting)
    req = await tp.requirement("example.test", "elsewhere.test", must_protect=False)
    # Testing: report, never block (RFC 8461 section 5): no deny on an mx mismatch.
    assert req.source is PolicySource.MTA_STS and req.testing_only
    assert not req.verify and req.deny_reason is None
    assert not req.mx_allowed("elsewhere.test")
    # Protected mail still needs verification whatever the published mode.
    prot = await tp.requirement("example.test", "elsewhere.test", must_protect=True)
    assert prot.source is PolicySource.LOCAL and prot.verify and not prot.testing_only


async def test_dane_beats_mta_sts(
    dns_server: DnsServer,
    resolver: dns.asyncresolver.Resolver,
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    tmp_path: Path,
) -> None:
    dns_server.set("_mta-sts.example.test", "TXT", ['"v=STSv1; id=1;"'])
    dns_server.set("example.test", "MX", ["10 mx1.example.test."], ad=True)
    dns_server.set("_25._tcp.mx1.example.test", "TLSA", ["3 1 1 " + "cd" * 32], ad=True)
    policy_server.body = GOOD_POLICY
    tp = _tp(resolver, tmp_path, policy_server, client_trusting, dane=True)
    req = await tp.requirement("example.test", "mx1.example.test", must_protect=False)
    assert req.source is PolicySource.DANE and req.tlsa and req.verify
    assert policy_server.requests == []  # MTA-STS not even consulted


async def test_overrides(
    dns_server: DnsServer,
    resolver: dns.asyncresolver.Resolver,
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    tmp_path: Path,
    ca_file: Path,
) -> None:
    dns_server.set("_mta-sts.example.test", "TXT", ['"v=STSv1; id=1;"'])
    policy_server.body = GOOD_POLICY
    tp = _tp(
        resolver,
        tmp_path,
        policy_server,
        client_trusting,
        overrides=[
            DomainOverride(
                domain="partner.test", mode="tls", ca_file=ca_file, mx_names=["mx.partner.test"]
            ),
            DomainOverride(domain="*.hospital.test", mode="portal"),
            DomainOverride(domain="example.test", mode="none"),
        ],
        webmail_portal_domains=["Gmail.com."],
    )
    partner = await tp.requirement("partner.test", "mx.partner.test", must_protect=False)
    assert partner.source is PolicySource.LOCAL and partner.verify and partner.ca_file == ca_file
    wrong_mx = await tp.requirement("partner.test", "mx.evil.test", must_protect=True)
    assert wrong_mx.deny_reason == "mx_mismatch"

    portal = await tp.requirement("ward.hospital.test", "mx.hospital.test", must_protect=True)
    assert portal.force_portal
    assert not (await tp.requirement("hospital.test", "mx.hospital.test", True)).force_portal
    # Unprotected mail to a portal domain is delivered normally.
    plain = await tp.requirement("ward.hospital.test", "mx.hospital.test", must_protect=False)
    assert not plain.force_portal

    assert (await tp.requirement("gmail.com", "gmail-smtp-in.l.google.com", True)).force_portal

    # mode none: the published MTA-STS policy is skipped; protected mail still verified.
    skipped = await tp.requirement("example.test", "anything.test", must_protect=False)
    assert skipped.source is PolicySource.NONE and policy_server.requests == []
    guarded = await tp.requirement("example.test", "anything.test", must_protect=True)
    assert guarded.verify and guarded.source is PolicySource.LOCAL


async def test_smarthost_skips_recipient_policies(
    dns_server: DnsServer,
    resolver: dns.asyncresolver.Resolver,
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    tmp_path: Path,
) -> None:
    dns_server.set("_mta-sts.example.test", "TXT", ['"v=STSv1; id=1;"'])
    policy_server.body = GOOD_POLICY
    tp = _tp(resolver, tmp_path, policy_server, client_trusting)
    req = await tp.requirement("example.test", "relay.isp.test", True, via_smarthost=True)
    assert req.source is PolicySource.LOCAL and req.verify and req.deny_reason is None


# ------------------------------------------------------------------ live TLS


async def _connect(port: int, ctx: ssl.SSLContext, name: str = MX) -> asyncio.StreamWriter:
    _, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx, server_hostname=name)
    return writer


async def _close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    with contextlib.suppress(OSError, ssl.SSLError):
        await writer.wait_closed()


def _server_ctx(ca: trustme.CA, name: str = MX) -> ssl.SSLContext:
    sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(name).configure_cert(sctx)
    return sctx


LOCAL_CA = TlsRequirement(source=PolicySource.LOCAL, verify=True, tls_required=True)


async def test_valid_test_ca_cert_verifies(
    tls_server_factory: Factory, ca: trustme.CA, ca_file: Path
) -> None:
    server = await tls_server_factory(_server_ctx(ca))
    req = TlsRequirement(source=PolicySource.LOCAL, verify=True, ca_file=ca_file)
    ctx = client_context(req, MX, "TLSv1.2")
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    writer = await _connect(server.port, ctx)
    out = outcome_from_ssl(writer, req, MX)
    await _close(writer)
    assert out.verified and out.reason == "ok" and out.source is PolicySource.LOCAL
    assert out.version in ("TLSv1.2", "TLSv1.3") and out.cipher


async def test_system_store_rejects_test_ca(tls_server_factory: Factory, ca: trustme.CA) -> None:
    server = await tls_server_factory(_server_ctx(ca))
    with pytest.raises(ssl.SSLError) as info:
        await _connect(server.port, client_context(LOCAL_CA, MX))
    assert classify_tls_error(info.value) == "verify"


async def test_self_signed_fails(
    tls_server_factory: Factory, ca_file: Path, tmp_path: Path
) -> None:
    cert, key = self_signed(MX, tmp_path)
    sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    sctx.load_cert_chain(cert, key)
    server = await tls_server_factory(sctx)
    req = TlsRequirement(source=PolicySource.LOCAL, verify=True, ca_file=ca_file)
    with pytest.raises(ssl.SSLError) as info:
        await _connect(server.port, client_context(req, MX))
    assert classify_tls_error(info.value) == "verify"
    assert failure_outcome(req, info.value).reason == "verify"


async def test_wrong_name_fails(tls_server_factory: Factory, ca: trustme.CA, ca_file: Path) -> None:
    server = await tls_server_factory(_server_ctx(ca, "other.example.test"))
    req = TlsRequirement(source=PolicySource.MTA_STS, verify=True, ca_file=ca_file)
    with pytest.raises(ssl.SSLCertVerificationError) as info:
        await _connect(server.port, client_context(req, MX))
    assert "mismatch" in str(info.value).lower()
    assert classify_tls_error(info.value) == "verify"


async def test_tls11_only_fails(tls11_server: int, ca_file: Path) -> None:
    req = TlsRequirement(source=PolicySource.LOCAL, verify=True, ca_file=ca_file)
    with pytest.raises(ssl.SSLError) as info:
        await _connect(tls11_server, client_context(req, MX))
    assert classify_tls_error(info.value) == "version"


async def test_min_tls13(ca: trustme.CA, ca_file: Path) -> None:
    sctx = _server_ctx(ca)
    sctx.maximum_version = ssl.TLSVersion.TLSv1_2
    req = TlsRequirement(source=PolicySource.LOCAL, verify=True, ca_file=ca_file)
    with threaded_tls_server(sctx) as port:
        writer = await _connect(port, client_context(req, MX, "TLSv1.2"))
        assert outcome_from_ssl(writer, req).version == "TLSv1.2"
        await _close(writer)
        with pytest.raises(ssl.SSLError) as info:
            await _connect(port, client_context(req, MX, "TLSv1.3"))
    assert classify_tls_error(info.value) == "version"


def test_outcome_without_tls() -> None:
    out = outcome_from_ssl(object(), LOCAL_CA)
    assert out.reason == "no_starttls" and not out.verified and out.version == ""


def test_classify_misc() -> None:
    assert classify_tls_error(TlsVerificationError("mx_mismatch")) == "mx_mismatch"
    assert classify_tls_error(ValueError("x")) == "other"
    assert classify_tls_error(ConnectionResetError()) == "handshake"
    wrapped = aiosmtplib.SMTPServerDisconnected("Connection reset while upgrading transport")
    assert classify_tls_error(wrapped) == "handshake"
    assert classify_tls_error(ssl.SSLError(1, "[SSL] generic")) == "handshake"


# ------------------------------------------------------------------ through aiosmtplib


async def _smtp_server(
    sctx: ssl.SSLContext | None, starttls_reply: str = "220 2.0.0 Ready"
) -> tuple[asyncio.Server, int]:
    """Minimal SMTP server: EHLO, optional STARTTLS (upgrade via StreamWriter.start_tls)."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            writer.write(b"220 mx.example.test ESMTP\r\n")
            while line := await reader.readline():
                cmd = line.strip().upper()
                if cmd.startswith((b"EHLO", b"HELO")):
                    ext = b"250-mx.example.test\r\n250-STARTTLS\r\n" if sctx else b""
                    writer.write(
                        ext + b"250 8BITMIME\r\n" if sctx else b"250-mx\r\n250 8BITMIME\r\n"
                    )
                elif cmd == b"STARTTLS" and sctx is not None:
                    writer.write(starttls_reply.encode() + b"\r\n")
                    await writer.drain()
                    if starttls_reply.startswith("220"):
                        await writer.start_tls(sctx)
                elif cmd == b"QUIT":
                    writer.write(b"221 bye\r\n")
                    await writer.drain()
                    break
                else:
                    writer.write(b"502 5.5.2 no\r\n")
                await writer.drain()
        except (OSError, ssl.SSLError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


@pytest.fixture
async def smtp_servers() -> AsyncIterator[list[asyncio.Server]]:
    servers: list[asyncio.Server] = []
    yield servers
    for s in servers:
        s.close()
        await s.wait_closed()


async def _starttls(port: int, req: TlsRequirement) -> aiosmtplib.SMTP:
    smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False, timeout=5)
    await smtp.connect()
    try:
        await smtp.starttls(server_hostname=MX, tls_context=client_context(req, MX))
    except BaseException:
        smtp.close()
        raise
    return smtp


async def test_aiosmtplib_verified(
    smtp_servers: list[asyncio.Server], ca: trustme.CA, ca_file: Path
) -> None:
    server, port = await _smtp_server(_server_ctx(ca))
    smtp_servers.append(server)
    req = TlsRequirement(source=PolicySource.LOCAL, verify=True, ca_file=ca_file)
    smtp = await _starttls(port, req)
    out = outcome_from_ssl(smtp, req, MX)
    await smtp.quit()
    assert out.verified and out.reason == "ok"


async def test_aiosmtplib_wrong_name(
    smtp_servers: list[asyncio.Server], ca: trustme.CA, ca_file: Path
) -> None:
    server, port = await _smtp_server(_server_ctx(ca, "mx.other.test"))
    smtp_servers.append(server)
    req = TlsRequirement(source=PolicySource.LOCAL, verify=True, ca_file=ca_file)
    with pytest.raises(Exception) as info:
        await _starttls(port, req)
    assert classify_tls_error(info.value) == "verify"


async def test_aiosmtplib_no_starttls(smtp_servers: list[asyncio.Server]) -> None:
    server, port = await _smtp_server(None)
    smtp_servers.append(server)
    with pytest.raises(aiosmtplib.SMTPException) as info:
        await _starttls(port, LOCAL_CA)
    assert classify_tls_error(info.value) == "no_starttls"


async def test_aiosmtplib_454(smtp_servers: list[asyncio.Server], ca: trustme.CA) -> None:
    server, port = await _smtp_server(_server_ctx(ca), "454 4.7.0 TLS not available")
    smtp_servers.append(server)
    with pytest.raises(aiosmtplib.SMTPResponseException) as info:
        await _starttls(port, LOCAL_CA)
    assert classify_tls_error(info.value) == "no_starttls"

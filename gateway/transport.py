"""Outbound SMTP sessions with aiosmtplib: TLS modes and connection reuse.

aiosmtplib's ``start_tls=None`` silently stays in plaintext when STARTTLS is not
offered (a stripping attacker's dream), so we always connect with
``start_tls=False`` and decide ourselves: ``required`` means STARTTLS offered,
TLS >= 1.2, chain and name verified against the next hop's name, and any failure
defers the message; there is never a plaintext retry.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

import aiosmtplib

from gateway.routing import NextHop
from gateway.smtp_client import PipeliningSMTP

TLS_MODES = ("required", "opportunistic", "none")


class TlsUnavailable(Exception):
    """Verified TLS could not be established; ``reason`` is a short metrics token."""

    def __init__(self, reason: str, hop: str) -> None:
        super().__init__(f"TLS with {hop} failed: {reason}")
        self.reason = reason
        self.hop = hop


@dataclass(frozen=True)
class TlsInfo:
    version: str
    cipher: str
    verified: bool


def verified_context(ca_file: Path | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def opportunistic_context() -> ssl.SSLContext:
    # Opportunistic TLS protects against passive listeners only; RFC 7435.
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def classify_tls_error(exc: BaseException) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return "verify"
    text = str(exc).lower()
    if "version" in text or "protocol" in text:
        return "version"
    if isinstance(exc, ssl.SSLError | ConnectionError | aiosmtplib.SMTPException | OSError):
        return "handshake"
    return "other"


@dataclass
class _Idle:
    client: PipeliningSMTP
    since: float
    tls: TlsInfo | None


@dataclass
class _HostSlots:
    sem: asyncio.Semaphore
    idle: list[_Idle] = field(default_factory=list)


class ConnectionPool:
    """Reuses sessions per (next hop, TLS mode, source address)."""

    def __init__(
        self,
        helo_name: str,
        per_host: int = 10,
        connect_timeout: float = 30.0,
        command_timeout: float = 300.0,
        idle_seconds: float = 10.0,
        pipelining: bool = True,
    ) -> None:
        self.helo_name = helo_name
        self.pipelining = pipelining
        self.per_host = per_host
        self.connect_timeout = connect_timeout
        self.command_timeout = command_timeout
        self.idle_seconds = idle_seconds
        self._hosts: dict[tuple[str, int, str, str, str, str], _HostSlots] = {}
        self.opened = 0  # sessions opened, for tests and metrics

    @contextlib.asynccontextmanager
    async def session(
        self,
        hop: NextHop,
        tls_mode: str,
        ctx: ssl.SSLContext | None,
        source: str | None = None,
        ehlo_name: str | None = None,
        check: Callable[[aiosmtplib.SMTP], tuple[bool, str]] | None = None,
        plan_key: str = "",
        login: tuple[str, str] | None = None,
    ) -> AsyncIterator[tuple[PipeliningSMTP, TlsInfo | None]]:
        """A ready session (EHLO done, TLS as required). Reused if it ends cleanly.

        ``check`` authenticates the finished handshake (DANE); a session that fails
        it is closed before MAIL FROM, so nothing of the message is sent.
        """
        key = (hop.address, hop.port, tls_mode, hop.name, source or "", plan_key)
        slots = self._hosts.get(key)
        if slots is None:
            slots = self._hosts[key] = _HostSlots(asyncio.Semaphore(self.per_host))
        async with slots.sem:
            idle = self._take_idle(slots)
            if idle is None:
                client, tls = await self._open(hop, tls_mode, ctx, source, ehlo_name, check)
                if login is not None:
                    await self._login(client, tls, hop, login)
            else:
                client, tls = idle.client, idle.tls
            ok = False
            try:
                yield client, tls
                ok = True
            finally:
                if ok and client.is_connected and client.in_sync:
                    slots.idle.append(_Idle(client, time.monotonic(), tls))
                else:
                    client.close()

    def _take_idle(self, slots: _HostSlots) -> _Idle | None:
        now = time.monotonic()
        while slots.idle:
            idle = slots.idle.pop()
            # A reply that arrived while idle (typically "421 timeout" before the
            # close) means the session cannot take a pipelined transaction.
            if (
                idle.client.is_connected
                and idle.client.in_sync
                and now - idle.since < self.idle_seconds
            ):
                return idle
            idle.client.close()
        return None

    async def _open(
        self,
        hop: NextHop,
        tls_mode: str,
        ctx: ssl.SSLContext | None,
        source: str | None,
        ehlo_name: str | None,
        check: Callable[[aiosmtplib.SMTP], tuple[bool, str]] | None = None,
    ) -> tuple[PipeliningSMTP, TlsInfo | None]:
        client = PipeliningSMTP(
            pipelining=self.pipelining,
            hostname=hop.address,
            port=hop.port,
            local_hostname=ehlo_name or self.helo_name,
            source_address=(source, 0) if source else None,
            timeout=self.command_timeout,
            start_tls=False,
            use_tls=False,
        )
        try:
            await client.connect(timeout=self.connect_timeout)
            self.opened += 1
            await client.ehlo()
            tls: TlsInfo | None = None
            if tls_mode != "none":
                if not client.supports_extension("starttls"):
                    if tls_mode == "required":
                        raise TlsUnavailable("no_starttls", hop.name)
                else:
                    assert ctx is not None
                    try:
                        await client.starttls(server_hostname=hop.name, tls_context=ctx)
                    except aiosmtplib.SMTPResponseException as exc:
                        # e.g. 454: never fall back to plaintext when TLS is required
                        raise TlsUnavailable("handshake", hop.name) from exc
                    except (ssl.SSLError, OSError, aiosmtplib.SMTPException) as exc:
                        cause = exc.__cause__ or exc.__context__ or exc
                        raise TlsUnavailable(classify_tls_error(cause), hop.name) from exc
                    verified = ctx.verify_mode == ssl.CERT_REQUIRED
                    if check is not None:
                        verified, reason = check(client)
                        if not verified:
                            raise TlsUnavailable(reason or "verify", hop.name)
                    tls = tls_info(client, verified=verified)
                    await client.ehlo()
        except BaseException:
            client.close()
            raise
        return client, tls

    async def _login(
        self, client: aiosmtplib.SMTP, tls: TlsInfo | None, hop: NextHop, login: tuple[str, str]
    ) -> None:
        """AUTH to a smarthost: only inside TLS, so credentials never cross in clear."""
        if tls is None:
            client.close()
            raise TlsUnavailable("no_starttls", hop.name)
        try:
            await client.login(*login)
        except BaseException:
            client.close()
            raise

    async def close(self) -> None:
        for slots in self._hosts.values():
            for idle in slots.idle:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(idle.client.quit(), 2)
                idle.client.close()
            slots.idle.clear()


def tls_info(client: aiosmtplib.SMTP, verified: bool) -> TlsInfo | None:
    sslobj = client.get_transport_info("ssl_object")
    if sslobj is None:
        return None
    cipher = sslobj.cipher()
    return TlsInfo(
        version=str(sslobj.version() or ""), cipher=cipher[0] if cipher else "", verified=verified
    )

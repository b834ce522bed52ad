"""Fixtures for portal tests: isolated settings, a store with a controllable clock, and a
real aiosmtpd sink on 127.0.0.1 port 0 that the portal's send_mail delivers to."""

from __future__ import annotations

import asyncio
import email.policy
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import aiosmtplib
import pytest
from aiosmtpd.smtp import SMTP

from gateway.portal.settings import PortalSettings
from gateway.portal.store import SqlitePortalStore

MASTER = bytes(range(32))


class Clock:
    """A settable clock so expiry and code lifetimes are tested without sleeping."""

    def __init__(self) -> None:
        self.t = time.time()

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def settings(tmp_path: Path) -> PortalSettings:
    return PortalSettings(
        dir=tmp_path / "portal",
        master_key_file=tmp_path / "keys" / "master.key",
        dev_cert_dir=tmp_path / "certs",
        code_resend_seconds=0,
        notify_from="secure-mail@gw.example",
        org_name="Example Clinic",
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(settings: PortalSettings, clock: Clock) -> Iterator[SqlitePortalStore]:
    events: list[tuple[str, dict[str, object]]] = []
    s = SqlitePortalStore(settings, MASTER, clock=clock, audit=lambda e, f: events.append((e, f)))
    s.audit_events = events  # type: ignore[attr-defined]
    yield s
    s.close()


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        msg: EmailMessage = BytesParser(policy=email.policy.default).parsebytes(self.raw)
        return msg


@dataclass
class Sink:
    port: int
    queue: asyncio.Queue[Received] = field(default_factory=asyncio.Queue)

    async def next(self, within: float = 10.0) -> Received:
        return await asyncio.wait_for(self.queue.get(), within)

    async def send(self, mail_from: str, rcpt_tos: Sequence[str], raw: bytes) -> None:
        """The portal's send_mail callback: real SMTP to the sink."""
        await aiosmtplib.send(
            raw,
            sender=mail_from,
            recipients=list(rcpt_tos),
            hostname="127.0.0.1",
            port=self.port,
            use_tls=False,
            start_tls=False,
            timeout=10,
        )


class _Handler:
    def __init__(self, queue: asyncio.Queue[Received]) -> None:
        self.queue = queue

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await self.queue.put(
            Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
        )
        return "250 OK"


@pytest.fixture
async def sink() -> AsyncIterator[Sink]:
    queue: asyncio.Queue[Received] = asyncio.Queue()
    handler = _Handler(queue)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(handler, decode_data=False, hostname="sink.test"), "127.0.0.1", 0
    )
    port = server.sockets[0].getsockname()[1]
    yield Sink(port, queue)
    server.close()
    await server.wait_closed()


@dataclass
class RunningPortal:
    app: Any  # PortalApp
    base: str
    settings: PortalSettings
    store: SqlitePortalStore
    events: list[tuple[str, dict[str, object]]]

    def names(self) -> list[str]:
        return [e for e, _ in self.events]


@pytest.fixture
async def portal(
    settings: PortalSettings, store: SqlitePortalStore, sink: Sink
) -> AsyncIterator[RunningPortal]:
    from gateway.portal.crypto import server_ssl_context
    from gateway.portal.web import PortalApp

    events: list[tuple[str, dict[str, object]]] = []
    app = PortalApp(settings, store, sink.send, audit=lambda e, f: events.append((e, f)))
    port = await app.start("127.0.0.1", 0, server_ssl_context(settings))
    base = f"https://127.0.0.1:{port}"
    # The notification links must point at the port actually bound.
    yield RunningPortal(app, base, settings.model_copy(update={"base_url": base}), store, events)
    await app.stop()

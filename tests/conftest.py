"""Shared fixtures: real SMTP sinks and real gateways on loopback, port 0."""

from __future__ import annotations

import asyncio
import os
import ssl
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller

from gateway.config import build
from gateway.logs import quiet_aiosmtpd
from gateway.yamlmarks import MarkedDocument

quiet_aiosmtpd()

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    peer: Any
    tls: bool


@dataclass
class SinkHandler:
    messages: list[Received] = field(default_factory=list)
    # recipient -> reply code to give at RCPT (e.g. 450, 550)
    rcpt_replies: dict[str, str] = field(default_factory=dict)
    data_reply: str | None = None
    event: threading.Event = field(default_factory=threading.Event)
    # Advertise RFC 2920 PIPELINING (aiosmtpd reads pipelined commands in order but
    # does not say so); the gateway then pipelines MAIL/RCPT/DATA like Postfix does.
    pipelining: bool = True
    ehlo_count: int = 0

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        self.ehlo_count += 1
        session.host_name = hostname
        if self.pipelining:
            return [*responses[:-1], "250-PIPELINING", responses[-1]]
        return responses

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        reply = self.rcpt_replies.get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_reply:
            return self.data_reply
        self.messages.append(
            Received(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                envelope.original_content,
                session.peer,
                session.ssl is not None,
            )
        )
        self.event.set()
        return "250 OK sink"

    async def wait_for(self, n: int, timeout: float = 15.0) -> list[Received]:
        """Poll (the gateway under test runs on this same event loop)."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < n and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        return self.messages


class Sink:
    """An aiosmtpd server in its own thread: a real next hop on 127.0.0.1:port."""

    def __init__(
        self,
        tls_context: ssl.SSLContext | None = None,
        starttls: bool = True,
        hostname: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.handler = SinkHandler()
        kwargs: dict[str, Any] = {"decode_data": False}
        if tls_context is not None and starttls:
            kwargs["tls_context"] = tls_context
        self.controller = Controller(self.handler, hostname=hostname, port=port, **kwargs)

    def __enter__(self) -> Sink:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

    @property
    def port(self) -> int:
        return int(self.controller.server.sockets[0].getsockname()[1])

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages


# aiosmtpd's Controller binds port 0 but then tries to connect to its own
# "port" attribute to check readiness: make it read the real port.
def _patched_trigger(self: Controller) -> None:
    import socket

    port = self.server.sockets[0].getsockname()[1]
    with socket.create_connection((self.hostname, port), 1.0) as s:
        if self.ssl_context:
            return
        s.recv(1024)


Controller._trigger_server = _patched_trigger  # type: ignore[method-assign]


@pytest.fixture
def sink() -> Iterator[Sink]:
    with Sink() as s:
        yield s


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def make_config(tmp_path: Path) -> Callable[..., Any]:
    def make(overrides: dict[str, Any] | None = None, **sections: Any) -> Any:
        data: dict[str, Any] = {
            "listen": {"host": "127.0.0.1", "port": 0, "hostname": "gw.test"},
            "spool": {
                "dir": str(tmp_path / "spool"),
                "key_file": str(tmp_path / "spool.key"),
                "key_env": None,
                "scan_interval_seconds": 0.5,
                "min_free_bytes": 0,
            },
            "delivery": {
                "mode": "smarthost",
                "tls": "none",
                "retry": {"first_retry_seconds": 0.3, "max_interval_seconds": 1.0},
            },
            "metrics": {"enabled": False},
            "policy": {"dir": str(ROOT / "policies")},
            "audit": {"path": str(tmp_path / "audit" / "audit.jsonl")},
            "portal": {"port": 0, "dir": str(tmp_path / "portal")},
        }
        data = _merge(_merge(data, overrides or {}), sections)
        return build(MarkedDocument("<test>", data))

    return make


def eml(name: str) -> bytes:
    """A fixture message as it travels in SMTP: CRLF line ends."""
    text = (ROOT / "tests" / "fixtures" / "eml" / name).read_bytes()
    return text.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def audit_records(path: Path) -> list[dict[str, Any]]:
    import json

    out: list[dict[str, Any]] = []
    for f in sorted(path.parent.glob(path.name + "*")):
        out += [json.loads(line) for line in f.read_text().splitlines() if line.strip()]
    return out


def _merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    out = dict(a)
    for k, v in b.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run with the working directory in tmp (dev certs, relative paths)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
async def gateway_factory(in_tmp: Path) -> AsyncIterator[Callable[..., Any]]:
    from gateway.app import Gateway

    started: list[Gateway] = []

    async def start(cfg: Any) -> Gateway:
        gw = Gateway(cfg)
        await gw.start(metrics=False)
        started.append(gw)
        return gw

    yield start
    for gw in started:
        await gw.stop(deadline=2.0)


async def wait_until(pred: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met before deadline")
        await asyncio.sleep(0.02)


def free_env() -> dict[str, str]:
    return dict(os.environ)

"""Fixtures: a tiny UDP DNS responder, a test CA, an HTTPS policy server, TLS servers.

Everything binds 127.0.0.1 port 0; nothing leaves the machine.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import socket
import ssl
import threading
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import dns.asyncresolver
import dns.flags
import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from tests.support.dnsserver import DnsServer, running_dns_server

# --------------------------------------------------------------------------- DNS


@pytest.fixture
async def dns_server() -> AsyncIterator[DnsServer]:
    async with running_dns_server() as server:
        yield server


@pytest.fixture
def resolver(dns_server: DnsServer) -> dns.asyncresolver.Resolver:
    res = dns.asyncresolver.Resolver(configure=False)
    res.nameservers = ["127.0.0.1"]
    res.port = dns_server.port
    res.lifetime = 3.0
    res.timeout = 1.0
    return res


# --------------------------------------------------------------------------- certs


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def client_trusting(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ca.configure_trust(ctx)
    return ctx


@pytest.fixture(scope="session")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


def self_signed(hostname: str, tmp: Path) -> tuple[Path, Path]:
    """A leaf that signs itself, with the right name: only the chain is wrong."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, hostname)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(hostname)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp / "self.pem", tmp / "self.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


# --------------------------------------------------------------------------- TLS servers


@dataclass
class TlsServer:
    port: int
    handshakes: int = 0


async def start_tls_server(sctx: ssl.SSLContext) -> tuple[asyncio.Server, TlsServer]:
    """asyncio TLS server: completes the handshake, echoes one line, closes."""
    info = TlsServer(port=0)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        info.handshakes += 1
        try:
            line = await reader.readline()
            writer.write(line)
            await writer.drain()
        except (OSError, ssl.SSLError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=sctx)
    info.port = server.sockets[0].getsockname()[1]
    return server, info


@pytest.fixture
async def tls_server_factory() -> AsyncIterator[Callable[[ssl.SSLContext], Awaitable[TlsServer]]]:
    servers: list[asyncio.Server] = []

    async def make(sctx: ssl.SSLContext) -> TlsServer:
        server, info = await start_tls_server(sctx)
        servers.append(server)
        return info

    yield make
    for s in servers:
        s.close()
        await s.wait_closed()


@contextlib.contextmanager
def threaded_tls_server(sctx: ssl.SSLContext) -> Iterator[int]:
    """A blocking TLS server in a thread: handshake, then close. Yields the port.

    Used where the *server* rejects the handshake (version floor tests): on a
    server-side handshake failure asyncio's SSL transport aborts before flushing
    OpenSSL's protocol_version alert, so the client would only see a connection
    reset. A real old MTA sends the alert, and that is what we must classify.
    """
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            conn.settimeout(5)
            try:
                with sctx.wrap_socket(conn, server_side=True):
                    pass
            except (OSError, ssl.SSLError):
                pass
            finally:
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        # shutdown() wakes the blocked accept(); close() alone does not on Linux.
        with contextlib.suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)
        listener.close()
        thread.join(timeout=5)


@pytest.fixture
def tls11_server(ca: trustme.CA) -> Iterator[int]:
    """A server that speaks TLS 1.1 only (needs SECLEVEL 0 on OpenSSL 3)."""
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("mx.example.test").configure_cert(sctx)
    sctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        sctx.minimum_version = ssl.TLSVersion.TLSv1_1
        sctx.maximum_version = ssl.TLSVersion.TLSv1_1
    with threaded_tls_server(sctx) as port:
        yield port


# --------------------------------------------------------------------------- HTTPS policy


@dataclass
class PolicyServer:
    port: int = 0
    status: str = "200 OK"
    content_type: str = "text/plain"
    body: bytes = b""
    chunked: bool = False
    extra_headers: str = ""
    hang: bool = False
    requests: list[str] = field(default_factory=list)


@pytest.fixture
async def policy_server(ca: trustme.CA) -> AsyncIterator[PolicyServer]:
    """HTTPS server for mta-sts.example.test with a trustme certificate."""
    state = PolicyServer()
    sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("mta-sts.example.test").configure_cert(sctx)
    release = asyncio.Event()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            state.requests.append(head.decode("latin-1").split("\r\n", 1)[0])
            if state.hang:
                await release.wait()
                return
            headers = f"HTTP/1.1 {state.status}\r\nContent-Type: {state.content_type}\r\n"
            headers += state.extra_headers
            if state.chunked:
                half = len(state.body) // 2
                parts = [state.body[:half], state.body[half:]]
                payload = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts if p) + b"0\r\n\r\n"
                headers += "Transfer-Encoding: chunked\r\n"
            else:
                payload = state.body
                headers += f"Content-Length: {len(payload)}\r\n"
            writer.write(headers.encode() + b"Connection: close\r\n\r\n" + payload)
            await writer.drain()
        except (OSError, ssl.SSLError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=sctx)
    state.port = server.sockets[0].getsockname()[1]
    yield state
    release.set()
    server.close()
    await server.wait_closed()


GOOD_POLICY = (
    b"version: STSv1\r\nmode: enforce\r\nmx: mx1.example.test\r\nmx: *.mail.example.test\r\n"
    b"max_age: 86400\r\n"
)

"""A tiny authoritative UDP DNS responder on 127.0.0.1, port 0, for tests.

Shared by the MX-routing tests and the MTA-STS/DANE tests.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import dns.flags
import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset


@dataclass
class Rr:
    records: list[str]
    ad: bool = False
    rcode: dns.rcode.Rcode = dns.rcode.NOERROR


@dataclass
class DnsServer:
    """Answers from ``zone[(name, type)]``; unknown names get NXDOMAIN."""

    port: int = 0
    zone: dict[tuple[str, str], Rr] = field(default_factory=dict)
    queries: list[tuple[str, str, bool]] = field(default_factory=list)  # name, type, AD asked

    def set(self, name: str, rdtype: str, records: list[str], *, ad: bool = False) -> None:
        self.zone[(name.lower().rstrip(".") + ".", rdtype)] = Rr(records, ad)

    def fail(self, name: str, rdtype: str) -> None:
        self.zone[(name.lower().rstrip(".") + ".", rdtype)] = Rr([], rcode=dns.rcode.SERVFAIL)

    def remove(self, name: str, rdtype: str) -> None:
        self.zone.pop((name.lower().rstrip(".") + ".", rdtype), None)

    def answer(self, wire: bytes) -> bytes:
        query = dns.message.from_wire(wire)
        resp = dns.message.make_response(query)
        q = query.question[0]
        qname = q.name.to_text().lower()
        rdtype = dns.rdatatype.to_text(q.rdtype)
        self.queries.append((qname, rdtype, bool(query.flags & dns.flags.AD)))
        entry = self.zone.get((qname, rdtype))
        if entry is None:
            names = {n for n, _ in self.zone}
            resp.set_rcode(dns.rcode.NOERROR if qname in names else dns.rcode.NXDOMAIN)
            return resp.to_wire()
        if entry.rcode != dns.rcode.NOERROR:
            resp.set_rcode(entry.rcode)
            return resp.to_wire()
        if entry.records:
            resp.answer.append(dns.rrset.from_text_list(qname, 300, "IN", rdtype, entry.records))
        if entry.ad:
            resp.flags |= dns.flags.AD
        return resp.to_wire()


class _DnsProto(asyncio.DatagramProtocol):
    def __init__(self, server: DnsServer) -> None:
        self.server = server
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        assert self.transport is not None
        self.transport.sendto(self.server.answer(data), addr)


@asynccontextmanager
async def running_dns_server() -> AsyncIterator[DnsServer]:
    server = DnsServer()
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(
        lambda: _DnsProto(server), local_addr=("127.0.0.1", 0)
    )
    server.port = transport.get_extra_info("sockname")[1]
    yield server
    transport.close()


def mx_delivery(dns: DnsServer, mx_port: int, **extra: object) -> dict[str, object]:
    """The gateway's ``delivery`` section for MX routing through this DNS server."""
    return {
        "mode": "mx",
        "mx_port": mx_port,
        "dns_nameservers": ["127.0.0.1"],
        "dns_port": dns.port,
        **extra,
    }

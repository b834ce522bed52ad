"""A tiny authoritative UDP DNS responder for DKIM key records in tests.

Serves TXT records from a dict; everything else gets NXDOMAIN. Runs in a thread so
that synchronous verifiers (a Perl subprocess) can query it.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rdtypes.ANY.TXT
import dns.rrset


def _answer(query_wire: bytes, records: dict[str, list[str]]) -> bytes | None:
    try:
        query = dns.message.from_wire(query_wire)
    except Exception:
        return None
    response = dns.message.make_response(query)
    response.flags |= dns.flags.AA
    if not query.question:
        response.set_rcode(dns.rcode.FORMERR)
        return response.to_wire()
    q = query.question[0]
    owner = q.name.to_text().rstrip(".").lower()
    strings = records.get(owner)
    if strings is None:
        response.set_rcode(dns.rcode.NXDOMAIN)
    elif q.rdtype == dns.rdatatype.TXT:
        rdata = dns.rdtypes.ANY.TXT.TXT(
            dns.rdataclass.IN, dns.rdatatype.TXT, [s.encode() for s in strings]
        )
        rrset = dns.rrset.RRset(q.name, dns.rdataclass.IN, dns.rdatatype.TXT)
        rrset.add(rdata, ttl=60)
        response.answer.append(rrset)
    # Other types for an existing name: NOERROR with an empty answer (NODATA).
    # Honour the client's UDP size (512 without EDNS0, RFC 1035 4.2.1); larger answers
    # are truncated with TC set, as a real server would (we do not serve TCP).
    limit = query.payload if query.edns >= 0 else 512
    try:
        return response.to_wire(max_size=limit)
    except dns.exception.TooBig:
        response.answer.clear()
        response.flags |= dns.flags.TC
        return response.to_wire()


class DnsResponder:
    """``with DnsResponder({"s._domainkey.example.com": ["v=DKIM1; ..."]}) as dns: dns.port``."""

    def __init__(self, records: dict[str, list[str]], host: str = "127.0.0.1", port: int = 0):
        self.records = {k.rstrip(".").lower(): v for k, v in records.items()}
        self.queries: list[str] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind((host, port))
        self._sock.settimeout(0.05)
        self.port: int = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                data, peer = self._sock.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            with contextlib.suppress(Exception):
                self.queries.append(dns.message.from_wire(data).question[0].name.to_text())
            wire = _answer(data, self.records)
            if wire is not None:
                self._sock.sendto(wire, peer)

    def __enter__(self) -> DnsResponder:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

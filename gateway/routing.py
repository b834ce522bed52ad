"""Where a recipient's mail goes: the smarthost, or MX hosts from DNS.

MX handling follows RFC 5321 5.1: preference order (ties shuffled), the domain's
own A/AAAA as an implicit MX when there is no MX record, and RFC 7505 null MX
(a single ``0 .``) as a permanent failure. Host addresses are resolved here with
the same resolver, so the TLS name checked is always the MX name from DNS.
"""

from __future__ import annotations

import asyncio
import ipaddress
import random
import socket
from collections.abc import Sequence
from dataclasses import dataclass

import dns.asyncresolver
import dns.exception
import dns.rdatatype
import dns.resolver


@dataclass(frozen=True)
class NextHop:
    name: str  # host name: what TLS verifies and what logs show
    address: str  # IP to connect to
    port: int


@dataclass(frozen=True)
class Route:
    hops: tuple[NextHop, ...] = ()
    # A routing failure: (code, text); 5xx bounces, 4xx retries.
    error: tuple[int, str] | None = None


class Router:
    def __init__(
        self,
        mode: str,
        smarthost: tuple[str, int],
        mx_port: int = 25,
        nameservers: Sequence[str] = (),
        dns_port: int = 53,
        timeout: float = 10.0,
    ) -> None:
        self.mode = mode
        self.smarthost = smarthost
        self.mx_port = mx_port
        if nameservers:
            self.resolver = dns.asyncresolver.Resolver(configure=False)
            self.resolver.nameservers = list(nameservers)
            self.resolver.port = dns_port
        else:
            self.resolver = dns.asyncresolver.Resolver()
        self.resolver.lifetime = timeout

    def group_key(self, recipient: str) -> str:
        """Recipients that share a key share a route and a transaction."""
        if self.mode == "smarthost":
            return ""
        return recipient.rpartition("@")[2].lower()

    async def route(self, key: str) -> Route:
        if self.mode == "smarthost":
            host, port = self.smarthost
            addrs = [host] if _is_ip(host) else await _system_addresses(host, port)
            if not addrs:
                return Route(error=(451, f"4.4.4 Smarthost {host} does not resolve"))
            return Route(hops=tuple(NextHop(host, a, port) for a in addrs))
        return await self._mx_route(key)

    async def _mx_route(self, domain: str) -> Route:
        try:
            answer = await self.resolver.resolve(domain, "MX")
            mxs = [(r.preference, r.exchange.to_text(omit_final_dot=True)) for r in answer]
        except dns.resolver.NXDOMAIN:
            return Route(error=(550, f"5.1.2 Domain {domain} does not exist"))
        except dns.resolver.NoAnswer:
            mxs = [(0, domain)]  # implicit MX, RFC 5321 5.1
        except (dns.exception.Timeout, dns.resolver.NoNameservers, dns.exception.DNSException):
            return Route(error=(451, f"4.4.3 DNS lookup for {domain} failed"))
        if len(mxs) == 1 and mxs[0][1] in ("", "."):
            return Route(error=(556, f"5.1.10 Domain {domain} accepts no mail (null MX)"))
        mxs = [m for m in mxs if m[1] not in ("", ".")]
        random.shuffle(mxs)
        mxs.sort(key=lambda m: m[0])
        hops: list[NextHop] = []
        for _, host in mxs:
            for addr in await self._addresses(host):
                hops.append(NextHop(host.lower(), addr, self.mx_port))
        if not hops:
            return Route(error=(451, f"4.4.4 No address for the MX hosts of {domain}"))
        return Route(hops=tuple(hops))

    async def _addresses(self, host: str) -> list[str]:
        out: list[str] = []
        for rtype in ("A", "AAAA"):
            try:
                answer = await self.resolver.resolve(host, rtype)
                out.extend(r.to_text() for r in answer)
            except dns.exception.DNSException:
                continue
        return out


async def _system_addresses(host: str, port: int) -> list[str]:
    """The smarthost is named by the admin: resolve it like any program (/etc/hosts too)."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return []
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True

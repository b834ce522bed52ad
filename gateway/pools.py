"""Outbound IP pools: which source address (and EHLO name) a delivery uses.

Mailbox providers keep reputation per sending IP. Marketing mail draws complaints;
appointment reminders and password resets must not share its fate, so the two
classes go out through separate pools by default (issue 6). Within a pool,
addresses are used by smooth weighted round robin (nginx's algorithm): with
weights 5:1:1 the sequence is a a b a c a a, never a burst of five a's, which is
what warming up a new address with a small weight needs.

A pool with no configured address binds nothing and lets the OS pick, so a fresh
machine works. The binding itself is aiosmtplib's ``source_address=(ip, 0)`` and
``local_hostname=ehlo_name``: see :func:`send_via_source`.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

if TYPE_CHECKING:
    from gateway.model import MessageClass

_UNSPECIFIED = {"", "0.0.0.0", "::"}  # noqa: S104 - means "do not bind", not "listen everywhere"


class SourceSettings(BaseModel):
    """One source address of a pool."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: IPv4/IPv6 address to bind outbound connections to; "" (or 0.0.0.0 / ::) = no bind.
    address: str = ""
    #: EHLO name for connections from this address; should match its PTR record.
    #: "" = the gateway's default hostname.
    ehlo_name: str = ""
    #: Share of traffic relative to the pool's other sources; 0 = drained (not used).
    weight: int = Field(default=1, ge=0, le=1000)

    @field_validator("address")
    @classmethod
    def _address(cls, value: str) -> str:
        value = value.strip()
        if value in _UNSPECIFIED:
            return ""
        return str(ipaddress.ip_address(value))  # raises ValueError on junk; normalises v6

    @field_validator("ehlo_name")
    @classmethod
    def _ehlo(cls, value: str) -> str:
        value = value.strip().rstrip(".").lower()
        if value and not all(
            part and len(part) <= 63 and part.replace("-", "").isalnum()
            for part in value.split(".")
        ):
            raise ValueError("ehlo_name must be a host name")
        return value


class PoolSettings(BaseModel):
    """A named pool. In YAML either ``{sources: [...]}`` or just the list of sources."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: The pool's source addresses; the default single entry binds nothing.
    sources: list[SourceSettings] = Field(default_factory=lambda: [SourceSettings()])

    @model_validator(mode="before")
    @classmethod
    def _bare_list(cls, data: Any) -> Any:
        return {"sources": data} if isinstance(data, list) else data

    @model_validator(mode="after")
    def _usable(self) -> PoolSettings:
        if not any(s.weight > 0 for s in self.sources):
            raise ValueError("a pool needs at least one source with weight > 0")
        return self


class PoolRule(BaseModel):
    """Send matching messages through ``pool``. Every condition given must hold."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Pool to use when the rule matches.
    pool: str
    #: Match the message class chosen by policy.
    message_class: Literal["transactional", "marketing"] | None = None
    #: Match the envelope sender domain; a leading "." also matches subdomains.
    sender_domain: str | None = None
    #: Match a header by name (case-insensitive) ...
    header: str | None = None
    #: ... and, if given, its value (case-insensitive, whitespace-trimmed).
    header_value: str | None = None

    @field_validator("sender_domain")
    @classmethod
    def _lower(cls, value: str | None) -> str | None:
        return None if value is None else value.strip().lower().rstrip(".")

    @model_validator(mode="after")
    def _has_condition(self) -> PoolRule:
        if self.header_value is not None and self.header is None:
            raise ValueError("header_value needs header")
        if self.message_class is None and self.sender_domain is None and self.header is None:
            raise ValueError("a pool rule needs message_class, sender_domain or header")
        return self


def _default_pools() -> dict[str, PoolSettings]:
    return {"transactional": PoolSettings(), "marketing": PoolSettings()}


class PoolsSettings(BaseModel):
    """Config section ``pools``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Named pools. transactional and marketing exist by default, binding nothing.
    pools: dict[str, PoolSettings] = Field(default_factory=_default_pools)
    #: Ordered rules; the first match picks the pool.
    rules: list[PoolRule] = Field(default_factory=list)
    #: Pool per message class when no rule matches.
    by_class: dict[str, str] = Field(
        default_factory=lambda: {"transactional": "transactional", "marketing": "marketing"}
    )
    #: Pool for anything else.
    default_pool: str = "transactional"

    @field_validator("by_class")
    @classmethod
    def _classes(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(value) - {"transactional", "marketing"})
        if unknown:
            raise ValueError(f"unknown message class(es): {', '.join(unknown)}")
        return value

    @model_validator(mode="after")
    def _references(self) -> PoolsSettings:
        named = [r.pool for r in self.rules] + list(self.by_class.values()) + [self.default_pool]
        unknown = sorted({p for p in named if p not in self.pools})
        if unknown:
            raise ValueError(f"unknown pool(s): {', '.join(unknown)}")
        return self


@dataclass(frozen=True, slots=True)
class Source:
    """Where a connection comes from: address to bind (None = OS choice) and EHLO name."""

    address: str | None
    ehlo_name: str | None

    @property
    def source_address(self) -> tuple[str, int] | None:
        """aiosmtplib's ``source_address`` argument: ephemeral port on our address."""
        return None if self.address is None else (self.address, 0)

    @property
    def family(self) -> int:
        """4 or 6 (0 = unbound): only connect to MX addresses of the same family."""
        return 0 if self.address is None else ipaddress.ip_address(self.address).version


@dataclass
class _Peer:
    source: Source
    weight: int
    current: int = 0


@dataclass
class _Pool:
    peers: list[_Peer] = field(default_factory=list)
    total: int = 0

    def pick(self) -> Source:
        # nginx's smooth weighted round robin: every peer gains its weight, the
        # richest is chosen and pays the total. Deterministic and evenly interleaved.
        best: _Peer | None = None
        for peer in self.peers:
            peer.current += peer.weight
            if best is None or peer.current > best.current:
                best = peer
        assert best is not None  # pools are validated to have a positive weight
        best.current -= self.total
        return best.source


Headers = Mapping[str, str] | Iterable[tuple[str, str]]


def _header_items(headers: Any) -> Iterable[tuple[str, str]]:
    # email.message.Message and dicts both have items(); a list of pairs is used as is.
    items: Iterable[tuple[Any, Any]] = headers.items() if hasattr(headers, "items") else headers
    return ((str(k), str(v)) for k, v in items)


class PoolSelector:
    """Chooses a pool for a message and a source address within it."""

    def __init__(self, settings: PoolsSettings) -> None:
        self._settings = settings
        self._pools = self._build(settings)

    @staticmethod
    def _build(settings: PoolsSettings) -> dict[str, _Pool]:
        pools: dict[str, _Pool] = {}
        for name, pool in settings.pools.items():
            peers = [
                _Peer(Source(s.address or None, s.ehlo_name or None), s.weight)
                for s in pool.sources
                if s.weight > 0
            ]
            pools[name] = _Pool(peers, sum(p.weight for p in peers))
        return pools

    def reload(self, settings: PoolsSettings) -> None:
        """Swap in new pools (round-robin positions restart)."""
        pools = self._build(settings)
        self._settings, self._pools = settings, pools

    @property
    def pool_names(self) -> tuple[str, ...]:
        return tuple(self._pools)

    @property
    def needs_headers(self) -> bool:
        """Whether any pool rule looks at a header (else callers skip parsing them)."""
        return any(r.header for r in self._settings.rules)

    def choose_pool(
        self,
        message_class: str | MessageClass,
        sender_domain: str,
        headers: Headers | Any = (),
        requested: str | None = None,
    ) -> str:
        """The pool for a message.

        ``requested`` is the pool policy asked for (``Decision.pool``); it wins when it
        names a configured pool. Then the first matching rule, then ``by_class``, then
        ``default_pool``. Header values come from the message, so rules map them to
        pools explicitly: a sender cannot name an arbitrary pool in a header.
        """
        if requested is not None and requested in self._pools:
            return requested
        # str(): accepts gateway.model.MessageClass as well as its value.
        message_class = str(message_class)
        settings = self._settings
        domain = sender_domain.strip().lower().rstrip(".")
        wanted_headers = {r.header.lower() for r in settings.rules if r.header}
        present: dict[str, list[str]] = {}
        if wanted_headers:
            for name, value in _header_items(headers):
                if name.lower() in wanted_headers:
                    present.setdefault(name.lower(), []).append(value.strip().lower())
        for rule in settings.rules:
            if rule.message_class is not None and rule.message_class != message_class:
                continue
            if rule.sender_domain is not None and not _domain_matches(domain, rule.sender_domain):
                continue
            if rule.header is not None:
                values = present.get(rule.header.lower())
                if values is None:
                    continue
                if (
                    rule.header_value is not None
                    and rule.header_value.strip().lower() not in values
                ):
                    continue
            return rule.pool
        return settings.by_class.get(message_class, settings.default_pool)

    def next_source(self, pool: str) -> Source:
        """The next source of ``pool`` by smooth weighted round robin. KeyError if unknown."""
        return self._pools[pool].pick()

    def sources(self, pool: str) -> tuple[Source, ...]:
        """Every active source of ``pool`` (for metrics and health checks)."""
        return tuple(p.source for p in self._pools[pool].peers)


def _domain_matches(domain: str, pattern: str) -> bool:
    if pattern.startswith("."):
        return domain.endswith(pattern) or domain == pattern[1:]
    return domain == pattern


async def send_via_source(
    message: bytes,
    *,
    sender: str,
    recipients: list[str],
    hostname: str,
    port: int,
    source: Source,
    **kwargs: Any,
) -> tuple[dict[str, Any], str]:
    """Send one message over a connection bound to ``source`` (tests and reference use).

    The whole mechanism is two aiosmtplib arguments: ``source_address=(ip, 0)`` binds
    the local end before connect (port 0 = ephemeral), ``local_hostname`` sets EHLO.
    Delivery passes the same two to its own ``aiosmtplib.SMTP``. Other keyword
    arguments (TLS settings, timeout) are passed through.
    """
    import aiosmtplib

    result: tuple[dict[str, Any], str] = await aiosmtplib.send(
        message,
        sender=sender,
        recipients=recipients,
        hostname=hostname,
        port=port,
        source_address=source.source_address,
        local_hostname=source.ehlo_name,
        **kwargs,
    )
    return result

"""Rate limits (GCRA) and concurrency limits, in-process or shared through Redis.

GCRA (the generic cell rate algorithm, as in KumoMTA's throttles) keeps one number
per key, the theoretical arrival time (TAT) of the next message. A message is
allowed when ``max(TAT, now) + T - burst*T <= now`` with ``T = per_seconds / count``;
allowing it moves TAT forward by T. It needs no timers and no refill jobs, one key
per limit, and the answer to "denied" is exactly how long to wait, which is what a
queue needs: a message over a limit is deferred by that delay, never dropped or
bounced (issue 6). Ingress limits answer ``451 4.7.1`` so the client retries.

Several limits that all apply to one message (pool per second, pool per hour, pool
+ destination) are checked together by :meth:`RateLimiter.try_acquire_many`: either
every one is consumed or none is, so a message deferred by its hourly quota does
not burn a slot of the per-second one.

The Redis backend runs the same algorithm in one Lua script using the server's
``TIME`` so several gateway instances with skewed clocks share one budget.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import hashlib
import itertools
import logging
import math
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_log = logging.getLogger(__name__)

#: The reply for ingress limits (RFC 3463 4.7.1: delivery not authorized, transient).
INGRESS_REPLY = "451 4.7.1 Rate limit exceeded, try again later"


@dataclass(frozen=True, slots=True)
class Rate:
    """``count`` messages per ``per_seconds``, ``burst`` of them allowed back to back."""

    count: int
    per_seconds: float
    burst: int = 1

    def __post_init__(self) -> None:
        if self.count < 1 or self.per_seconds <= 0 or self.burst < 1:
            raise ValueError("Rate needs count >= 1, per_seconds > 0, burst >= 1")

    @property
    def interval(self) -> float:
        """Emission interval T: the steady-state gap between two messages."""
        return self.per_seconds / self.count


#: Seconds below which a computed wait is float noise, not a real wait.
EPSILON = 1e-9


def gcra(tat: float | None, now: float, rate: Rate) -> tuple[float, float]:
    """One GCRA step: ``(wait, tat_to_store)``.

    ``wait == 0``: allowed, store the advanced TAT. ``wait > 0``: denied, the state is
    unchanged (a refused attempt consumes nothing).
    """
    base = now if tat is None or tat < now else tat
    new_tat = base + rate.interval
    allow_at = new_tat - rate.burst * rate.interval
    # Float noise (0.06 + 0.02 - 0.1 != -0.02) must not deny a message that is exactly
    # on time; the Redis script uses the same tolerance so both backends agree.
    if allow_at - now > EPSILON:
        return allow_at - now, tat if tat is not None else now
    return 0.0, new_tat


class RateLimiter(Protocol):
    """A GCRA store. Keys are opaque strings: never put an address or PHI in one."""

    async def try_acquire(self, key: str, rate: Rate, now: float | None = None) -> float:
        """0.0 if allowed (one unit consumed); otherwise seconds to wait, nothing consumed."""
        ...

    async def try_acquire_many(
        self, limits: Sequence[tuple[str, Rate]], now: float | None = None
    ) -> float:
        """All-or-nothing over several limits: 0.0 and all consumed, or the longest wait."""
        ...

    async def close(self) -> None:
        """Release connections (no-op in process)."""
        ...


class MemoryRateLimiter:
    """In-process GCRA. Single event loop: no await between read and write, so no lock."""

    #: Sweep expired keys every this many calls so idle keys do not accumulate.
    SWEEP_EVERY = 4096

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._tat: dict[str, float] = {}
        self._calls = 0

    async def try_acquire(self, key: str, rate: Rate, now: float | None = None) -> float:
        return await self.try_acquire_many(((key, rate),), now)

    async def try_acquire_many(
        self, limits: Sequence[tuple[str, Rate]], now: float | None = None
    ) -> float:
        t = self._clock() if now is None else now
        wait = 0.0
        updates: list[tuple[str, float]] = []
        for key, rate in limits:
            w, new_tat = gcra(self._tat.get(key), t, rate)
            wait = max(wait, w)
            updates.append((key, new_tat))
        if wait == 0.0:
            self._tat.update(updates)
        self._calls += 1
        if self._calls % self.SWEEP_EVERY == 0:
            # A TAT in the past is equivalent to no entry at all.
            self._tat = {k: v for k, v in self._tat.items() if v > t}
        return wait

    def __len__(self) -> int:
        return len(self._tat)

    async def close(self) -> None:
        return None


# KEYS: one per limit. ARGV[1]: "now" in seconds or "" for Redis TIME; then
# (interval, burst) per key. Returns "0" (all consumed) or the wait as a string
# (floats do not survive the Lua -> RESP integer conversion). Keys expire a little
# after their TAT passes: an expired key is the same as a fresh one, so idle keys
# cost nothing.
_GCRA_LUA = """
local EPSILON = 1e-9
local now = tonumber(ARGV[1])
local slack = 1000
if now == nil then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
else
  -- A caller-supplied clock need not advance with real time, but expiry does.
  slack = 600000
end
local wait = 0
local new = {}
for i = 1, #KEYS do
  local interval = tonumber(ARGV[2 * i])
  local burst = tonumber(ARGV[2 * i + 1])
  local tat = tonumber(redis.call('GET', KEYS[i]))
  if tat == nil or tat < now then tat = now end
  local ntat = tat + interval
  local allow_at = ntat - burst * interval
  if allow_at - now > EPSILON then
    if allow_at - now > wait then wait = allow_at - now end
  end
  new[i] = ntat
end
if wait > 0 then return string.format('%.17g', wait) end
for i = 1, #KEYS do
  local ttl = math.ceil((new[i] - now) * 1000) + slack
  redis.call('SET', KEYS[i], string.format('%.6f', new[i]), 'PX', ttl)
end
return '0'
"""


def _import_redis() -> Any:
    # Lazy: the memory backend must work on a machine without the redis package.
    import redis.asyncio

    return redis.asyncio


class RedisRateLimiter:
    """GCRA in Redis, shared by every gateway instance using the same URL and prefix."""

    def __init__(self, url: str, prefix: str = "phigw:rl:") -> None:
        # Any: the types-redis stubs lag redis-py 5+ (no aclose) and shadow its own hints.
        self._redis: Any = _import_redis().Redis.from_url(url)
        self._prefix = prefix
        self._script = self._redis.register_script(_GCRA_LUA)

    async def try_acquire(self, key: str, rate: Rate, now: float | None = None) -> float:
        return await self.try_acquire_many(((key, rate),), now)

    async def try_acquire_many(
        self, limits: Sequence[tuple[str, Rate]], now: float | None = None
    ) -> float:
        """``now`` overrides Redis TIME (tests only: instances must share one clock)."""
        keys = [self._prefix + key for key, _ in limits]
        args: list[str] = ["" if now is None else repr(now)]
        for _, rate in limits:
            args += [repr(rate.interval), str(rate.burst)]
        result = await self._script(keys=keys, args=args)
        return float(result)

    async def close(self) -> None:
        await self._redis.aclose()


# --- concurrency --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Lease:
    """A held concurrency slot; give it back with ``release``."""

    key: str
    token: str


class ConcurrencyLimiterProtocol(Protocol):
    """At most ``limit`` concurrent holders per key (e.g. connections per pool+domain)."""

    async def try_acquire(self, key: str, limit: int) -> Lease | None:
        """A lease, or None when ``limit`` are held (the caller defers, never waits here)."""
        ...

    async def acquire(
        self, key: str, limit: int, wait_seconds: float, max_waiters: int
    ) -> Lease | None:
        """A lease, waiting up to ``wait_seconds`` for one to free; None when it does not.

        At most ``max_waiters`` callers wait per key: the rest get None at once, so a
        slow destination cannot tie up every delivery worker (head-of-line blocking).
        """
        ...

    async def release(self, lease: Lease) -> None: ...

    async def in_use(self, key: str) -> int: ...

    async def close(self) -> None: ...


class ConcurrencyLimiter:
    """In-process concurrency limits; one event loop, so plain sets are enough."""

    def __init__(self) -> None:
        self._held: dict[str, set[str]] = {}
        self._ids = itertools.count()
        # Waiters per key, first come first served; release hands its slot to the head.
        self._waiters: dict[str, collections.deque[asyncio.Future[None]]] = {}

    async def try_acquire(self, key: str, limit: int) -> Lease | None:
        held = self._held.setdefault(key, set())
        if len(held) >= limit or self._waiters.get(key):
            return None  # queued waiters go first
        token = str(next(self._ids))
        held.add(token)
        return Lease(key, token)

    async def acquire(
        self, key: str, limit: int, wait_seconds: float, max_waiters: int
    ) -> Lease | None:
        lease = await self.try_acquire(key, limit)
        if lease is not None or wait_seconds <= 0:
            return lease
        waiters = self._waiters.setdefault(key, collections.deque())
        if len(waiters) >= max_waiters:
            return None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait_seconds
        fut: asyncio.Future[None] = loop.create_future()
        waiters.append(fut)
        try:
            while True:
                try:
                    # asyncio.timeout, not wait_for: wait_for swallows a cancellation
                    # that races a wake-up (3.11), which would leak the slot.
                    async with asyncio.timeout_at(deadline):
                        await fut
                except TimeoutError:
                    return None
                held = self._held.setdefault(key, set())
                if len(held) < limit:
                    lease = Lease(key, str(next(self._ids)))
                    held.add(lease.token)
                    return lease
                # Woken, but the limit shrank (config reload): wait at the head again.
                waiters.remove(fut)
                fut = loop.create_future()
                waiters.appendleft(fut)
        finally:
            with contextlib.suppress(ValueError):
                waiters.remove(fut)
            if not waiters and self._waiters.get(key) is waiters:
                del self._waiters[key]
            if not fut.done():
                fut.cancel()
            elif lease is None and not fut.cancelled():
                # We were handed a free slot but leave without it (timeout or
                # cancellation at the same moment): pass the wake-up on.
                self._wake_next(key)

    async def release(self, lease: Lease) -> None:
        held = self._held.get(lease.key)
        if held is None or lease.token not in held:
            return  # idempotent: a double release cannot free a slot twice
        held.discard(lease.token)
        if not held:
            del self._held[lease.key]
        self._wake_next(lease.key)

    def _wake_next(self, key: str) -> None:
        for fut in self._waiters.get(key, ()):
            if not fut.done():
                fut.set_result(None)  # the longest waiter takes the freed slot
                return

    async def in_use(self, key: str) -> int:
        return len(self._held.get(key, ()))

    async def close(self) -> None:
        return None


#: Name used by the factory docs; the in-process limiter is the contract's ConcurrencyLimiter.
MemoryConcurrencyLimiter = ConcurrencyLimiter


# A sorted set of lease tokens scored by expiry: a gateway that dies holding a slot
# frees it after lease_seconds instead of leaking it forever.
_ACQUIRE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[2]) * 1000))
return 1
"""

_COUNT_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZCARD', KEYS[1])
"""


class RedisConcurrencyLimiter:
    """Concurrency slots shared across instances; leases expire after ``lease_seconds``."""

    def __init__(self, url: str, prefix: str = "phigw:cc:", lease_seconds: float = 900.0):
        # Any: the types-redis stubs lag redis-py 5+ (no aclose) and shadow its own hints.
        self._redis: Any = _import_redis().Redis.from_url(url)
        self._prefix = prefix
        self._lease_seconds = lease_seconds
        self._acquire = self._redis.register_script(_ACQUIRE_LUA)
        self._count = self._redis.register_script(_COUNT_LUA)
        self._waiting: dict[str, int] = {}

    async def try_acquire(self, key: str, limit: int) -> Lease | None:
        token = uuid.uuid4().hex
        ok = await self._acquire(
            keys=[self._prefix + key], args=[limit, repr(self._lease_seconds), token]
        )
        return Lease(key, token) if int(ok) == 1 else None

    async def acquire(
        self, key: str, limit: int, wait_seconds: float, max_waiters: int
    ) -> Lease | None:
        # Slots are shared with other instances, which cannot wake us: poll with a
        # short, growing interval. Waiters are counted in this process only.
        lease = await self.try_acquire(key, limit)
        if lease is not None or wait_seconds <= 0 or self._waiting.get(key, 0) >= max_waiters:
            return lease
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            deadline = time.monotonic() + wait_seconds
            pause = 0.01
            while (remaining := deadline - time.monotonic()) > 0:
                await asyncio.sleep(min(pause, remaining))
                pause = min(pause * 2, 0.25)
                lease = await self.try_acquire(key, limit)
                if lease is not None:
                    return lease
            return None
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:
                del self._waiting[key]

    async def release(self, lease: Lease) -> None:
        await self._redis.zrem(self._prefix + lease.key, lease.token)

    async def in_use(self, key: str) -> int:
        return int(await self._count(keys=[self._prefix + key]))

    async def close(self) -> None:
        await self._redis.aclose()


# --- configuration ------------------------------------------------------------------

_PERIODS: tuple[tuple[str, float], ...] = (
    ("per_second", 1.0),
    ("per_minute", 60.0),
    ("per_hour", 3600.0),
    ("per_day", 86400.0),
)


class LimitSettings(BaseModel):
    """Message rates over one or more periods; unset periods are unlimited.

    The shortest configured period is smoothed: at most ``burst`` messages back to
    back, then one per ``period/count``. Longer periods are quotas: GCRA with burst
    equal to their count, which caps the sustained rate (any window of length W sees
    at most count + count*W/period messages).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Messages per second (fractions allowed: 0.5 = one every two seconds).
    per_second: float | None = Field(default=None, gt=0)
    #: Messages per minute.
    per_minute: float | None = Field(default=None, gt=0)
    #: Messages per hour.
    per_hour: float | None = Field(default=None, gt=0)
    #: Messages per day.
    per_day: float | None = Field(default=None, gt=0)
    #: Messages allowed back to back at the shortest configured period.
    burst: int = Field(default=1, ge=1)

    def rates(self) -> list[tuple[str, Rate]]:
        """``(period name, Rate)`` for each configured period, shortest first."""
        out: list[tuple[str, Rate]] = []
        for name, seconds in _PERIODS:
            value: float | None = getattr(self, name)
            if value is None:
                continue
            # Rate wants an integer count: scale the period for fractional rates.
            count = max(1, math.floor(value)) if value >= 1 else 1
            per = seconds * count / value
            burst = self.burst if not out else max(count, 1)
            out.append((name, Rate(count=count, per_seconds=per, burst=burst)))
        return out


class DestinationLimit(BaseModel):
    """Limits per pool and destination domain."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Message rate to this destination from one pool.
    rate: LimitSettings = Field(default_factory=LimitSettings)
    #: Concurrent SMTP connections to this destination from one pool (Postfix's
    #: default_destination_concurrency_limit is 20 too).
    max_connections: int = Field(default=20, ge=1)


class RateLimitSettings(BaseModel):
    """Config section ``rate_limits``. Defaults: in-process, generous, nothing unlimited
    at ingress (a runaway client cannot flood the spool)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: memory: per-process state. redis: shared by every instance using redis_url.
    backend: Literal["memory", "redis"] = "memory"
    #: Redis URL for backend redis (redis://host:port/db or rediss:// for TLS).
    redis_url: str = "redis://127.0.0.1:6379/0"
    #: Prefix of every Redis key, so several gateway clusters can share one Redis.
    key_prefix: str = "phigw:"
    #: Outbound message rates per pool name (pools not listed use pool_default).
    pools: dict[str, LimitSettings] = Field(default_factory=dict)
    #: Outbound rate for pools without an entry in pools (unlimited by default).
    pool_default: LimitSettings = Field(default_factory=LimitSettings)
    #: Per destination domain ("gmail.com") or pool and domain ("marketing/gmail.com").
    destinations: dict[str, DestinationLimit] = Field(default_factory=dict)
    #: Destination limits for domains not listed in destinations.
    destination_default: DestinationLimit = Field(default_factory=DestinationLimit)
    #: Seconds a delivery waits for a free connection slot to its destination before
    #: it is deferred (retried a second later). At most half of delivery.concurrency
    #: wait on one destination, so one slow domain cannot stall the others.
    connection_wait_seconds: float = Field(default=10.0, ge=0)
    #: Ingress: MAIL FROM commands per client IP address. Unlimited by default: the
    #: usual clients are the organisation's own MTAs, each one IP carrying all its
    #: mail; set a rate when untrusted or shared networks connect directly.
    ingress_client_ip: LimitSettings = Field(default_factory=LimitSettings)
    #: Ingress: MAIL FROM commands per authenticated sender (SMTP AUTH identity).
    ingress_sender: LimitSettings = Field(
        default_factory=lambda: LimitSettings(per_minute=600, burst=100)
    )

    @field_validator("destinations")
    @classmethod
    def _lower_keys(cls, value: dict[str, DestinationLimit]) -> dict[str, DestinationLimit]:
        return {k.strip().lower().rstrip("."): v for k, v in value.items()}

    @model_validator(mode="after")
    def _redis_url(self) -> RateLimitSettings:
        if self.backend == "redis" and not self.redis_url.startswith(
            ("redis://", "rediss://", "unix://")
        ):
            raise ValueError("redis_url must start with redis://, rediss:// or unix://")
        return self

    def destination(self, pool: str, domain: str) -> DestinationLimit:
        domain = domain.lower().rstrip(".")
        return (
            self.destinations.get(f"{pool}/{domain}")
            or self.destinations.get(domain)
            or self.destination_default
        )

    def outbound_limits(self, pool: str, domain: str) -> list[tuple[str, Rate]]:
        """Every rate a message from ``pool`` to ``domain`` must pass, with its key."""
        domain = domain.lower().rstrip(".")
        pool_rates = self.pools.get(pool, self.pool_default).rates()
        dest_rates = self.destination(pool, domain).rate.rates()
        return [(f"pool:{pool}:{name}", r) for name, r in pool_rates] + [
            (f"dest:{pool}:{domain}:{name}", r) for name, r in dest_rates
        ]

    def ingress_limits(self, client_ip: str, sender: str | None) -> list[tuple[str, Rate]]:
        """Rates checked at MAIL FROM. ``sender`` is the AUTH identity, if any."""
        out = [(f"in-ip:{client_ip}:{n}", r) for n, r in self.ingress_client_ip.rates()]
        if sender:
            # The AUTH identity is often an address: keys (Redis, logs of Redis) get a digest.
            who = hashlib.sha256(sender.strip().lower().encode()).hexdigest()[:32]
            out += [(f"in-auth:{who}:{n}", r) for n, r in self.ingress_sender.rates()]
        return out


def make_limiter(
    settings: RateLimitSettings, clock: Callable[[], float] | None = None
) -> RateLimiter:
    """The rate limiter for ``settings.backend``; Redis is imported only when chosen."""
    if settings.backend == "redis":
        return RedisRateLimiter(settings.redis_url, prefix=settings.key_prefix + "rl:")
    return MemoryRateLimiter(clock) if clock is not None else MemoryRateLimiter()


def make_concurrency_limiter(settings: RateLimitSettings) -> ConcurrencyLimiterProtocol:
    """The connection limiter for ``settings.backend``."""
    if settings.backend == "redis":
        return RedisConcurrencyLimiter(settings.redis_url, prefix=settings.key_prefix + "cc:")
    return ConcurrencyLimiter()


#: Delay for outbound mail while the limiter backend (Redis) is unreachable.
BACKEND_DOWN_DELAY = 30.0


async def outbound_delay(
    limiter: RateLimiter,
    settings: RateLimitSettings,
    pool: str,
    domain: str,
    now: float | None = None,
) -> float:
    """0.0: send now (slot consumed). Otherwise re-queue the message for this many seconds.

    If the backend fails, this fails closed: the message waits BACKEND_DOWN_DELAY
    seconds rather than going out unthrottled and hurting the pool's reputation.
    """
    limits = settings.outbound_limits(pool, domain)
    if not limits:
        return 0.0
    try:
        return await limiter.try_acquire_many(limits, now)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        _log.warning("rate limiter unavailable (%s); deferring pool %s", type(exc).__name__, pool)
        return BACKEND_DOWN_DELAY


async def ingress_delay(
    limiter: RateLimiter,
    settings: RateLimitSettings,
    client_ip: str,
    sender: str | None = None,
    now: float | None = None,
) -> float:
    """0.0: accept MAIL FROM. Otherwise answer :data:`INGRESS_REPLY`.

    If the backend fails, this fails open: refusing all mail because Redis is down
    would turn a throttle into an outage, and accepted mail is still spooled durably.
    """
    limits = settings.ingress_limits(client_ip, sender)
    if not limits:
        return 0.0
    try:
        return await limiter.try_acquire_many(limits, now)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        _log.warning("rate limiter unavailable (%s); ingress not limited", type(exc).__name__)
        return 0.0

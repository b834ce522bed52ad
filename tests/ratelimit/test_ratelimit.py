"""GCRA limits: exact sequences with a fake clock on both backends, then real time."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator

import pytest
import redis

from gateway.ratelimit import (
    INGRESS_REPLY,
    DestinationLimit,
    LimitSettings,
    MemoryConcurrencyLimiter,
    MemoryRateLimiter,
    Rate,
    RateLimiter,
    RateLimitSettings,
    RedisConcurrencyLimiter,
    RedisRateLimiter,
    gcra,
    ingress_delay,
    make_concurrency_limiter,
    make_limiter,
    outbound_delay,
)

# Times near a real epoch value so the Redis path is exercised with realistic floats.
T0 = 1_767_225_600.0


@pytest.fixture(params=["memory", "redis"])
async def limiter(request: pytest.FixtureRequest) -> AsyncIterator[RateLimiter]:
    if request.param == "memory":
        lim: RateLimiter = MemoryRateLimiter(clock=lambda: pytest.fail("clock must not be used"))
    else:
        url = request.getfixturevalue("redis_url")
        lim = RedisRateLimiter(url, prefix=f"t:{request.node.name}:")
    yield lim
    await lim.close()


async def run(lim: RateLimiter, rate: Rate, times: list[float], key: str = "k") -> list[float]:
    return [await lim.try_acquire(key, rate, now=T0 + t) for t in times]


async def test_one_per_second_exact_sequence(limiter: RateLimiter) -> None:
    rate = Rate(count=1, per_seconds=1.0)
    waits = await run(limiter, rate, [0.0, 0.0, 0.5, 0.999, 1.0, 1.0, 3.0, 3.2, 4.0])
    assert waits == pytest.approx([0.0, 1.0, 0.5, 0.001, 0.0, 1.0, 0.0, 0.8, 0.0], abs=1e-5)


async def test_burst_then_steady_rate(limiter: RateLimiter) -> None:
    rate = Rate(count=10, per_seconds=1.0, burst=3)
    waits = await run(limiter, rate, [0, 0, 0, 0, 0.1, 0.1, 0.35, 0.35, 0.35, 10, 10, 10, 10])
    assert waits == pytest.approx([0, 0, 0, 0.1, 0, 0.1, 0, 0, 0.05, 0, 0, 0, 0.1], abs=1e-5)


async def test_denied_attempts_consume_nothing(limiter: RateLimiter) -> None:
    rate = Rate(count=1, per_seconds=10.0)
    assert await limiter.try_acquire("k", rate, now=T0) == 0.0
    # Hammering while denied must not push the next slot further out.
    for i in range(50):
        wait = await limiter.try_acquire("k", rate, now=T0 + i * 0.1)
        assert wait == pytest.approx(10.0 - i * 0.1)
    assert await limiter.try_acquire("k", rate, now=T0 + 10.0) == 0.0


async def test_keys_are_independent(limiter: RateLimiter) -> None:
    rate = Rate(count=1, per_seconds=60.0)
    assert await limiter.try_acquire("pool:a", rate, now=T0) == 0.0
    assert await limiter.try_acquire("pool:b", rate, now=T0) == 0.0
    assert await limiter.try_acquire("pool:a", rate, now=T0) == pytest.approx(60.0)


async def test_many_is_all_or_nothing(limiter: RateLimiter) -> None:
    per_sec = Rate(count=10, per_seconds=1.0)
    per_hour = Rate(count=2, per_seconds=3600.0, burst=2)
    both = [("s", per_sec), ("h", per_hour)]
    assert await limiter.try_acquire_many(both, now=T0) == 0.0
    assert await limiter.try_acquire_many(both, now=T0 + 1) == 0.0
    wait = await limiter.try_acquire_many(both, now=T0 + 2)
    assert wait == pytest.approx(1800.0 - 2)  # the hourly quota decides
    # The per-second budget was not touched by the refused attempt: a burst of 1 is free.
    assert await limiter.try_acquire("s", per_sec, now=T0 + 2) == 0.0
    assert await limiter.try_acquire("s", per_sec, now=T0 + 2) == pytest.approx(0.1)


async def test_sustained_rate_matches_burst_plus_rate_times_time(limiter: RateLimiter) -> None:
    rate = Rate(count=50, per_seconds=1.0, burst=5)
    allowed = 0
    for ms in range(0, 2000, 2):  # an attempt every 2 ms for 2 simulated seconds
        if await limiter.try_acquire("k", rate, now=T0 + ms / 1000) == 0.0:
            allowed += 1
    assert allowed == 5 + 100 - 1  # burst + rate*T, minus the slot at exactly t=2.0


def test_gcra_pure_function() -> None:
    rate = Rate(count=2, per_seconds=1.0, burst=2)
    assert gcra(None, 100.0, rate) == (0.0, 100.5)
    assert gcra(100.5, 100.0, rate) == (0.0, 101.0)
    wait, _ = gcra(101.0, 100.0, rate)
    assert wait == pytest.approx(0.5)
    with pytest.raises(ValueError):
        Rate(count=0, per_seconds=1)


async def test_memory_uses_injected_clock_and_forgets_idle_keys() -> None:
    now = [0.0]
    lim = MemoryRateLimiter(clock=lambda: now[0])
    rate = Rate(1, 1.0)
    assert await lim.try_acquire("a", rate) == 0.0
    assert await lim.try_acquire("a", rate) == 1.0
    now[0] = 5.0
    lim.SWEEP_EVERY = 1
    assert await lim.try_acquire("b", rate) == 0.0
    assert len(lim) == 1  # "a" expired and was swept


async def test_redis_keys_expire_when_idle(redis_url: str) -> None:
    lim = RedisRateLimiter(redis_url, prefix="exp:")
    await lim.try_acquire("k", Rate(count=1, per_seconds=2.0))
    client = redis.Redis.from_url(redis_url)
    try:
        pttl = client.pttl("exp:k")
        assert 0 < pttl <= 2000 + 1000  # TAT plus one second of slack
    finally:
        client.close()
        await lim.close()


async def test_two_instances_sharing_redis_hold_the_combined_rate(redis_url: str) -> None:
    """Two limiters (two 'gateways') on one Redis key, their calls in flight together, on one
    mocked clock: together they admit exactly what one limiter alone admits for the same
    arrivals, and more than either would on its own budget."""
    rate = Rate(count=40, per_seconds=1.0, burst=4)
    run = uuid.uuid4().hex  # keys of earlier runs on this server are not this test's state
    a = RedisRateLimiter(redis_url, prefix=f"shared-{run}:")
    b = RedisRateLimiter(redis_url, prefix=f"shared-{run}:")
    other = RedisRateLimiter(redis_url, prefix=f"other-cluster-{run}:")
    alone = MemoryRateLimiter()
    counts = {"a": 0, "b": 0, "alone": 0}
    now = 1_000.0  # virtual seconds: ticks of 5 ms for 1.5 s, each instance asking every tick
    for tick in range(300):
        first, second = (("a", a), ("b", b)) if tick % 2 else (("b", b), ("a", a))
        waits = await asyncio.gather(
            first[1].try_acquire("pool:marketing", rate, now),
            second[1].try_acquire("pool:marketing", rate, now),
        )
        counts[first[0]] += waits[0] == 0.0
        counts[second[0]] += waits[1] == 0.0
        for _ in range(2):
            counts["alone"] += await alone.try_acquire("pool:marketing", rate, now) == 0.0
        now += 0.005
    total = counts["a"] + counts["b"]
    # The burst, then one per 25 ms interval of the 1.5 s: about 4 + 60.
    assert 60 <= counts["alone"] <= 66
    assert total == counts["alone"], counts
    assert counts["a"] > 5 and counts["b"] > 5, counts  # both instances really took part
    # A different prefix is a different budget.
    assert await other.try_acquire("pool:marketing", rate, now) == 0.0
    for lim in (a, b, other):
        await lim.close()


async def test_memory_limits_end_to_end_messages_wait_never_drop() -> None:
    """A tiny queue driven by outbound_delay: every message goes, at the configured pace."""
    settings = RateLimitSettings(pools={"transactional": LimitSettings(per_second=20, burst=2)})
    lim = make_limiter(settings)
    queue = list(range(12))
    sent: list[float] = []
    start = time.monotonic()
    while queue:
        wait = await outbound_delay(lim, settings, "transactional", "example.org")
        if wait:
            await asyncio.sleep(wait)  # the re-queue delay the limiter asked for
            continue
        queue.pop(0)
        sent.append(time.monotonic() - start)
    assert len(sent) == 12
    # 2 at once, then 10 more at 20/s: the last no earlier than 0.5 s.
    assert sent[-1] >= 0.5 - 0.01
    assert sent[-1] < 1.5


async def test_ingress_limits_per_ip_and_sender() -> None:
    settings = RateLimitSettings(
        ingress_client_ip=LimitSettings(per_minute=3, burst=3),
        ingress_sender=LimitSettings(per_minute=2, burst=2),
    )
    lim = MemoryRateLimiter()
    ip = "192.0.2.10"
    assert [await ingress_delay(lim, settings, ip, now=0.0) for _ in range(4)] == [
        0.0,
        0.0,
        0.0,
        pytest.approx(20.0),
    ]
    other_ip = "192.0.2.11"
    sender = "App@clinic.example"
    got = [await ingress_delay(lim, settings, other_ip, sender, 0.0) for _ in range(3)]
    assert got[:2] == [0.0, 0.0] and got[2] == pytest.approx(30.0)
    assert INGRESS_REPLY.startswith("451 4.7.1 ")
    keys = [k for k, _ in settings.ingress_limits(other_ip, sender)]
    assert keys[0] == "in-ip:192.0.2.11:per_minute"
    assert keys[1].startswith("in-auth:") and "clinic" not in keys[1]
    assert keys == [k for k, _ in settings.ingress_limits(other_ip, "app@CLINIC.example")]


def test_limit_settings_to_rates() -> None:
    rates = dict(LimitSettings(per_second=10, per_hour=1000, burst=5).rates())
    assert rates["per_second"] == Rate(count=10, per_seconds=1.0, burst=5)
    assert rates["per_hour"] == Rate(count=1000, per_seconds=3600.0, burst=1000)
    half = dict(LimitSettings(per_second=0.5).rates())["per_second"]
    assert half.interval == pytest.approx(2.0)
    frac = dict(LimitSettings(per_minute=2.5).rates())["per_minute"]
    assert frac.interval == pytest.approx(24.0)
    assert LimitSettings().rates() == []
    with pytest.raises(ValueError):
        LimitSettings(per_hour=0)
    with pytest.raises(ValueError, match="extra"):
        LimitSettings(per_week=1)  # type: ignore[call-arg]


def test_outbound_limit_keys_and_destination_precedence() -> None:
    settings = RateLimitSettings(
        pools={"marketing": LimitSettings(per_second=5)},
        destinations={
            "Gmail.com": DestinationLimit(rate=LimitSettings(per_minute=100), max_connections=3),
            "marketing/gmail.com": DestinationLimit(max_connections=1),
        },
    )
    keys = [k for k, _ in settings.outbound_limits("marketing", "GMAIL.com.")]
    assert keys == ["pool:marketing:per_second"]  # marketing/gmail.com sets no rate
    assert settings.destination("marketing", "gmail.com").max_connections == 1
    assert settings.destination("transactional", "gmail.com").max_connections == 3
    keys = [k for k, _ in settings.outbound_limits("transactional", "gmail.com")]
    assert keys == ["dest:transactional:gmail.com:per_minute"]
    assert settings.destination("transactional", "yahoo.com").max_connections == 20
    with pytest.raises(ValueError, match="redis_url"):
        RateLimitSettings(backend="redis", redis_url="localhost:6379")


def test_factory_is_lazy_about_redis() -> None:
    settings = RateLimitSettings(backend="redis", redis_url="redis://127.0.0.1:1/0")
    # Constructing must not connect: the gateway starts even if Redis is briefly down.
    assert isinstance(make_limiter(settings), RedisRateLimiter)
    assert isinstance(make_concurrency_limiter(settings), RedisConcurrencyLimiter)
    assert isinstance(make_limiter(RateLimitSettings()), MemoryRateLimiter)
    assert isinstance(make_concurrency_limiter(RateLimitSettings()), MemoryConcurrencyLimiter)


async def test_memory_concurrency_limiter() -> None:
    cc = MemoryConcurrencyLimiter()
    a = await cc.try_acquire("pool/gmail.com", 2)
    b = await cc.try_acquire("pool/gmail.com", 2)
    assert a and b
    assert await cc.try_acquire("pool/gmail.com", 2) is None
    assert await cc.try_acquire("pool/yahoo.com", 2) is not None
    await cc.release(a)
    await cc.release(a)  # double release frees one slot, not two
    assert await cc.in_use("pool/gmail.com") == 1
    assert await cc.try_acquire("pool/gmail.com", 2) is not None
    assert await cc.try_acquire("pool/gmail.com", 2) is None


async def test_redis_concurrency_shared_and_leases_expire(redis_url: str) -> None:
    one = RedisConcurrencyLimiter(redis_url, prefix="cc1:")
    two = RedisConcurrencyLimiter(redis_url, prefix="cc1:")
    leases = [await one.try_acquire("k", 3), await two.try_acquire("k", 3)]
    leases.append(await one.try_acquire("k", 3))
    assert all(leases)
    assert await two.try_acquire("k", 3) is None
    assert await one.in_use("k") == 3
    lease = leases[0]
    assert lease is not None
    await two.release(lease)  # another instance can release it
    assert await two.try_acquire("k", 3) is not None
    # A crashed holder's lease frees itself.
    short = RedisConcurrencyLimiter(redis_url, prefix="cc2:", lease_seconds=0.2)
    assert await short.try_acquire("k", 1) is not None
    assert await short.try_acquire("k", 1) is None
    deadline = time.monotonic() + 5
    while await short.try_acquire("k", 1) is None:
        assert time.monotonic() < deadline, "lease never expired"
        await asyncio.sleep(0.02)
    for c in (one, two, short):
        await c.close()


async def test_backend_down_outbound_defers_ingress_passes(
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = RateLimitSettings(
        backend="redis",
        redis_url="redis://127.0.0.1:1/0",  # nothing listens on port 1
        pools={"marketing": LimitSettings(per_second=1)},
    )
    lim = make_limiter(settings)
    try:
        assert await outbound_delay(lim, settings, "marketing", "gmail.com") == 30.0
        assert await ingress_delay(lim, settings, "192.0.2.1", "user@clinic.example") == 0.0
    finally:
        await lim.close()
    assert "deferring pool marketing" in caplog.text
    assert "user@clinic.example" not in caplog.text


async def test_memory_acquire_waits_for_a_release_first_come_first_served() -> None:
    cc = MemoryConcurrencyLimiter()
    held = await cc.acquire("d", 1, wait_seconds=5, max_waiters=4)
    assert held is not None
    order: list[str] = []

    async def wait(name: str) -> None:
        lease = await cc.acquire("d", 1, wait_seconds=5, max_waiters=4)
        assert lease is not None
        order.append(name)
        await asyncio.sleep(0.01)
        await cc.release(lease)

    tasks = [asyncio.create_task(wait(n)) for n in ("first", "second", "third")]
    await asyncio.sleep(0.02)
    assert order == []  # all three wait while the slot is held
    assert await cc.try_acquire("d", 1) is None  # a newcomer cannot jump the queue
    await cc.release(held)
    await asyncio.gather(*tasks)
    assert order == ["first", "second", "third"]
    assert await cc.in_use("d") == 0


async def test_memory_acquire_times_out_and_caps_waiters() -> None:
    cc = MemoryConcurrencyLimiter()
    assert await cc.acquire("d", 1, wait_seconds=1, max_waiters=1) is not None
    waiter = asyncio.create_task(cc.acquire("d", 1, wait_seconds=0.1, max_waiters=1))
    await asyncio.sleep(0.01)
    # The one allowed waiter is taken: the next caller is told at once.
    assert await cc.acquire("d", 1, wait_seconds=5, max_waiters=1) is None
    assert await waiter is None  # timed out: the slot was never freed
    assert await cc.in_use("d") == 1


async def test_memory_acquire_cancelled_waiter_passes_the_slot_on() -> None:
    cc = MemoryConcurrencyLimiter()
    held = await cc.acquire("d", 1, wait_seconds=1, max_waiters=4)
    assert held is not None
    first = asyncio.create_task(cc.acquire("d", 1, wait_seconds=5, max_waiters=4))
    second = asyncio.create_task(cc.acquire("d", 1, wait_seconds=5, max_waiters=4))
    await asyncio.sleep(0.01)
    await cc.release(held)  # hands the slot to `first` ...
    first.cancel()  # ... which is cancelled before it runs
    lease = await asyncio.wait_for(second, 2)
    assert lease is not None
    assert await cc.in_use("d") == 1


async def test_redis_acquire_waits_for_another_instance(redis_url: str) -> None:
    one = RedisConcurrencyLimiter(redis_url, prefix="ccw:")
    two = RedisConcurrencyLimiter(redis_url, prefix="ccw:")
    held = await one.acquire("k", 1, wait_seconds=1, max_waiters=2)
    assert held is not None
    assert await two.acquire("k", 1, wait_seconds=0.1, max_waiters=2) is None  # times out
    waiter = asyncio.create_task(two.acquire("k", 1, wait_seconds=5, max_waiters=2))
    await asyncio.sleep(0.05)
    await one.release(held)
    assert await asyncio.wait_for(waiter, 5) is not None
    await one.close()
    await two.close()

"""Pools: selection rules, smooth weighted round robin, and real source-address binding."""

from __future__ import annotations

import asyncio
import collections
import email
import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP

from gateway.model import MessageClass
from gateway.pools import (
    PoolRule,
    PoolSelector,
    PoolSettings,
    PoolsSettings,
    Source,
    SourceSettings,
    send_via_source,
)


def selector(**pools: list[dict[str, Any]]) -> PoolSelector:
    return PoolSelector(PoolsSettings.model_validate({"pools": pools}))


# --- weighted round robin ------------------------------------------------------------


def test_smooth_weighted_round_robin_sequence_and_shares() -> None:
    sel = selector(
        warm=[
            {"address": "192.0.2.1", "weight": 5},
            {"address": "192.0.2.2", "weight": 1},
            {"address": "192.0.2.3", "weight": 1},
            {"address": "192.0.2.9", "weight": 0},  # drained
        ],
        transactional=[{}],
        marketing=[{}],
    )
    seq = [sel.next_source("warm").address for _ in range(7)]
    # nginx's documented interleaving for 5:1:1.
    assert seq == [
        "192.0.2.1",
        "192.0.2.1",
        "192.0.2.2",
        "192.0.2.1",
        "192.0.2.3",
        "192.0.2.1",
        "192.0.2.1",
    ]
    counts = collections.Counter(sel.next_source("warm").address for _ in range(7000))
    assert counts == {"192.0.2.1": 5000, "192.0.2.2": 1000, "192.0.2.3": 1000}


def test_warm_up_weight_gives_a_small_steady_share() -> None:
    sel = selector(
        marketing=[{"address": "192.0.2.1", "weight": 99}, {"address": "192.0.2.50", "weight": 1}],
        transactional=[{}],
    )
    picks = [sel.next_source("marketing").address for _ in range(1000)]
    new = [i for i, a in enumerate(picks) if a == "192.0.2.50"]
    assert len(new) == 10
    # Spread out, not clumped: gaps between uses of the new address are all 100.
    assert {b - a for a, b in itertools.pairwise(new)} == {100}


def test_defaults_bind_nothing_on_a_fresh_machine() -> None:
    sel = PoolSelector(PoolsSettings())
    assert set(sel.pool_names) == {"transactional", "marketing"}
    src = sel.next_source("transactional")
    assert src == Source(None, None)
    assert src.source_address is None and src.family == 0
    with pytest.raises(KeyError):
        sel.next_source("nope")


# --- choosing a pool -----------------------------------------------------------------


def test_choose_pool_by_class_rules_headers_and_policy() -> None:
    settings = PoolsSettings(
        pools={
            "transactional": PoolSettings(),
            "marketing": PoolSettings(),
            "billing": PoolSettings(),
            "bulk": PoolSettings(),
        },
        rules=[
            PoolRule(pool="billing", sender_domain=".billing.clinic.example"),
            PoolRule(pool="bulk", header="X-Campaign-Type", header_value="Newsletter"),
            PoolRule(pool="bulk", message_class="marketing", sender_domain="news.example"),
        ],
    )
    sel = PoolSelector(settings)
    assert sel.choose_pool("transactional", "clinic.example") == "transactional"
    assert sel.choose_pool("marketing", "clinic.example") == "marketing"
    assert sel.choose_pool(MessageClass.MARKETING, "news.example") == "bulk"
    assert sel.choose_pool("transactional", "billing.clinic.example") == "billing"
    assert sel.choose_pool("transactional", "eu.Billing.Clinic.example.") == "billing"
    assert sel.choose_pool("transactional", "notbilling.clinic.example") == "transactional"
    assert sel.choose_pool("marketing", "news.example") == "bulk"
    assert sel.choose_pool("transactional", "news.example") == "transactional"
    msg = email.message_from_string("X-Campaign-Type:  newsletter \nSubject: x\n\nhi\n")
    assert sel.choose_pool("transactional", "clinic.example", msg) == "bulk"
    assert sel.choose_pool("transactional", "a.example", [("x-campaign-type", "digest")]) == (
        "transactional"
    )
    assert sel.choose_pool("transactional", "a.example", {"X-Campaign-Type": "NEWSLETTER"}) == (
        "bulk"
    )
    # Policy's Decision.pool wins when it names a real pool; otherwise it is ignored.
    assert sel.choose_pool("marketing", "clinic.example", requested="billing") == "billing"
    assert sel.choose_pool("marketing", "clinic.example", requested="ghost") == "marketing"


def test_settings_validation() -> None:
    with pytest.raises(ValueError, match="unknown pool"):
        PoolsSettings(rules=[PoolRule(pool="ghost", message_class="marketing")])
    with pytest.raises(ValueError, match="unknown pool"):
        PoolsSettings(pools={"transactional": PoolSettings()})  # marketing still mapped
    with pytest.raises(ValueError):
        SourceSettings(address="192.0.2.300")
    with pytest.raises(ValueError, match="weight > 0"):
        PoolSettings(sources=[SourceSettings(address="192.0.2.1", weight=0)])
    with pytest.raises(ValueError, match="needs message_class"):
        PoolRule(pool="x")
    with pytest.raises(ValueError, match="extra"):
        SourceSettings(adress="192.0.2.1")  # type: ignore[call-arg]
    assert SourceSettings(address="2001:DB8:0:0::1").address == "2001:db8::1"
    assert SourceSettings(address="0.0.0.0").address == ""
    ps = PoolSettings.model_validate([{"address": "192.0.2.1", "ehlo_name": "MTA1.Example."}])
    assert ps.sources[0].ehlo_name == "mta1.example"
    src = PoolSelector(
        PoolsSettings(pools={"transactional": ps, "marketing": PoolSettings()})
    ).next_source("transactional")
    assert src.source_address == ("192.0.2.1", 0) and src.family == 4


# --- real binding ----------------------------------------------------------------------


@dataclass
class PeerRecorder:
    seen: list[tuple[str, str]] = field(default_factory=list)  # (peer ip, EHLO name)
    got: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.seen.append((session.peer[0], session.host_name))
        self.got.set()
        return "250 OK"


@pytest.fixture
async def sink() -> AsyncIterator[tuple[PeerRecorder, int]]:
    recorder = PeerRecorder()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(recorder, decode_data=False, hostname="sink.test"), "127.0.0.1", 0
    )
    port = server.sockets[0].getsockname()[1]
    yield recorder, port
    server.close()
    await server.wait_closed()


async def test_sink_sees_the_bound_source_address_and_ehlo(
    sink: tuple[PeerRecorder, int],
) -> None:
    recorder, port = sink
    sel = selector(
        transactional=[
            {"address": "127.0.0.2", "ehlo_name": "tx1.gw.test"},
            {"address": "127.0.0.3", "ehlo_name": "tx2.gw.test"},
        ],
        marketing=[{}],
    )
    msg = b"From: a@clinic.example\r\nTo: b@x.example\r\nSubject: t\r\n\r\nhi\r\n"
    for _ in range(4):
        source = sel.next_source("transactional")
        await send_via_source(
            msg,
            sender="a@clinic.example",
            recipients=["b@x.example"],
            hostname="127.0.0.1",
            port=port,
            source=source,
            timeout=10,
        )
    assert recorder.seen == [
        ("127.0.0.2", "tx1.gw.test"),
        ("127.0.0.3", "tx2.gw.test"),
        ("127.0.0.2", "tx1.gw.test"),
        ("127.0.0.3", "tx2.gw.test"),
    ]
    # The unbound default really is different: the kernel picks 127.0.0.1.
    await send_via_source(
        msg,
        sender="a@clinic.example",
        recipients=["b@x.example"],
        hostname="127.0.0.1",
        port=port,
        source=selector(transactional=[{}], marketing=[{}]).next_source("marketing"),
        timeout=10,
    )
    assert recorder.seen[-1][0] == "127.0.0.1"


async def test_ipv6_source_binds_too() -> None:
    """Same mechanism over IPv6 (only ::1 exists on loopback, so bind == peer)."""
    import socket

    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        pytest.skip("no IPv6 loopback in this environment")
    recorder = PeerRecorder()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(recorder, decode_data=False), "::1", 0)
    try:
        port = server.sockets[0].getsockname()[1]
        source = selector(
            transactional=[{"address": "::1", "ehlo_name": "v6.gw.test"}], marketing=[{}]
        ).next_source("transactional")
        assert source.family == 6
        await send_via_source(
            b"From: a@clinic.example\r\n\r\nhi\r\n",
            sender="a@clinic.example",
            recipients=["b@x.example"],
            hostname="::1",
            port=port,
            source=source,
            timeout=10,
        )
    finally:
        server.close()
        await server.wait_closed()
    assert recorder.seen == [("::1", "v6.gw.test")]

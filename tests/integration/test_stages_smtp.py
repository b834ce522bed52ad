"""Consent, DKIM and outbound pools, end to end through the gateway's SMTP path."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from prometheus_client import generate_latest

from tests.conftest import Sink, audit_records
from tests.consent.factory import ConsentFactory
from tests.dkim.dkim_testlib import mail_dkim_verify, publish, write_key
from tests.dkim.dns_responder import DnsResponder
from tests.smtpraw import send_message

PHI_BODY = (
    "Dear Maria Lopez,\r\nDOB: 03/14/1975. As a patient with type 2 diabetes on metformin,\r\n"
    "you may like our new diabetes education class.\r\n"
)


def smarthost(sink: Sink) -> dict[str, Any]:
    return {"smarthost": {"host": "127.0.0.1", "port": sink.port}}


@pytest.fixture
def consent(tmp_path: Path) -> ConsentFactory:
    return ConsentFactory(tmp_path / "consent")


async def _send_marketing(
    gw: Any, factory: ConsentFactory, rcpt: str, **kw: Any
) -> tuple[int, str]:
    raw = factory.message([rcpt], unsubscribe=True, body=PHI_BODY, **kw)
    replies = await send_message(gw.port, "news@clinic.example", [rcpt], raw)
    return replies[-1]


async def test_marketing_phi_consent_outcomes(
    sink: Sink, make_config: Any, gateway_factory: Any, consent: ConsentFactory, tmp_path: Path
) -> None:
    # Verified TLS is required for marketing: give the sink none and let the portal
    # take it; what matters here is accept/refuse before the 250.
    gw = await gateway_factory(make_config(delivery=smarthost(sink), **consent.config_sections()))
    rcpt = "pat@dest.test"
    code, text = await _send_marketing(gw, consent, rcpt)
    assert code == 550 and text.startswith("5.7.1") and "consent missing" in text
    code, text = await _send_marketing(gw, consent, rcpt, tokens=[consent.forged_token(rcpt)])
    assert code == 550 and "consent forged" in text
    code, text = await _send_marketing(
        gw, consent, rcpt, tokens=[consent.token("someone.else@dest.test")]
    )
    assert code == 550 and "consent wrong_recipient" in text
    code, text = await _send_marketing(
        gw,
        consent,
        rcpt,
        tokens=[consent.token(rcpt, exp=consent.now - 3600, iat=consent.now - 7200)],
    )
    assert code == 550 and "consent expired" in text
    code, text = await _send_marketing(
        gw, consent, rcpt, tokens=[consent.token(rcpt, purpose="research")]
    )
    assert code == 550 and "consent wrong_purpose" in text
    code, text = await _send_marketing(gw, consent, rcpt, tokens=["v1.not-a-token"])
    assert code == 550 and "consent malformed" in text
    for t in (text,):
        assert "Maria" not in t and "diabetes" not in t

    good = consent.token(rcpt, cid="cid-0001")
    code, text = await _send_marketing(gw, consent, rcpt, tokens=[good])
    assert code == 250, text
    # Revoked by the CLI in another process: applies without a restart.
    consent.revoke_via_cli("cid-0001")
    code, text = await _send_marketing(gw, consent, rcpt, tokens=[good])
    assert code == 550 and "consent revoked" in text

    records = audit_records(tmp_path / "audit" / "audit.jsonl")
    results = [r["consent_result"] for r in records if r["event"] == "consent"]
    assert {
        "missing",
        "forged",
        "wrong_recipient",
        "expired",
        "wrong_purpose",
        "malformed",
        "ok",
        "revoked",
    } <= set(results)
    assert "cid-0001" not in (tmp_path / "audit" / "audit.jsonl").read_text()


async def test_consent_header_stripped_and_unsubscribe_injected(
    sink: Sink, make_config: Any, gateway_factory: Any, consent: ConsentFactory
) -> None:
    gw = await gateway_factory(
        make_config(
            delivery={**smarthost(sink), "tls": "none"},
            **consent.config_sections(),
            # marketing without PHI: deliver over any TLS for this test
            policy={"dir": str(_policy_without_marketing_tls(consent.root))},
        )
    )
    rcpt = "pat@dest.test"
    raw = consent.message([rcpt], tokens=[consent.token(rcpt)], unsubscribe=False)
    replies = await send_message(gw.port, "news@clinic.example", [rcpt], raw)
    assert replies[-1][0] == 250, replies
    got = (await sink.handler.wait_for(1))[0].data
    head = got.split(b"\r\n\r\n")[0]
    assert b"X-PHI-Consent" not in head
    assert b"List-Unsubscribe: <https://unsub.example.org/u?r=" in head
    assert b"List-Unsubscribe-Post: List-Unsubscribe=One-Click" in head
    assert rcpt.encode() not in head.split(b"List-Unsubscribe:")[1].split(b"\r\n")[0]


def _policy_without_marketing_tls(root: Path) -> Path:
    import shutil

    from tests.conftest import ROOT

    d = root / "policy"
    d.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "policies" / "detectors.yaml", d / "detectors.yaml")
    shutil.copytree(ROOT / "policies" / "data", d / "data", dirs_exist_ok=True)
    text = (ROOT / "policies" / "default.yaml").read_text()
    text = text.replace(
        "  - name: marketing-require-tls\n    when: {class: marketing}\n    action: require_tls\n",
        "",
    )
    (d / "default.yaml").write_text(text)
    return d


async def test_relayed_mail_is_dkim_signed_and_verifies_independently(
    sink: Sink, make_config: Any, gateway_factory: Any, tmp_path: Path
) -> None:
    key = rsa.generate_private_key(65537, 2048)
    key_file = write_key(key, tmp_path / "org.pem")
    with DnsResponder({}) as dns:
        publish(dns, "org.test", "s2026", key)
        gw = await gateway_factory(
            make_config(
                delivery={**smarthost(sink), "tls": "none"},
                dkim={
                    "keys": [{"domain": "org.test", "selector": "s2026", "key_file": str(key_file)}]
                },
            )
        )
        raw = (
            b"From: Reminders <reminders@org.test>\r\nTo: pat@dest.test\r\n"
            b"Subject: Your appointment\r\nDate: Sun, 22 Nov 2026 10:00:00 +0000\r\n"
            b"Message-ID: <appt-1@org.test>\r\n\r\nSee you on Monday at 10.\r\n"
        )
        replies = await send_message(gw.port, "reminders@org.test", ["pat@dest.test"], raw)
        assert replies[-1][0] == 250
        got = (await sink.handler.wait_for(1))[0].data
        assert got.startswith(b"DKIM-Signature:")
        result = await asyncio.to_thread(mail_dkim_verify, got, dns.port)
        assert result.passed, result.lines


async def test_pools_bind_source_addresses(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    gw = await gateway_factory(
        make_config(
            delivery={**smarthost(sink), "tls": "none", "concurrency": 1},
            pools={
                "pools": {
                    "transactional": [
                        {"address": "127.0.0.2", "ehlo_name": "tx1.org.test"},
                        {"address": "127.0.0.3", "ehlo_name": "tx2.org.test"},
                    ],
                    "marketing": [{"address": "127.0.0.4", "ehlo_name": "mkt.org.test"}],
                }
            },
        )
    )
    for i in range(4):
        await send_message(
            gw.port, "a@org.test", [f"r{i}@dest.test"], f"Subject: n{i}\r\n\r\nhello\r\n".encode()
        )
    got = await sink.handler.wait_for(4)
    peers = {m.peer[0] for m in got}
    assert peers == {"127.0.0.2", "127.0.0.3"}


async def test_outbound_rate_limit_holds_mail_then_delivers_it(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    # One message per second for the pool, no burst: the rest wait (never dropped,
    # never bounced) and go out as the limit allows, not after the 300 s backoff.
    gw = await gateway_factory(
        make_config(
            delivery={
                **smarthost(sink),
                "tls": "none",
                "retry": {"first_retry_seconds": 300, "max_interval_seconds": 3600},
            },
            rate_limits={"pools": {"transactional": {"per_second": 2, "burst": 1}}},
        )
    )
    for i in range(4):
        await send_message(
            gw.port, "a@org.test", [f"r{i}@dest.test"], f"Subject: n{i}\r\n\r\nhi\r\n".encode()
        )
    got = await sink.handler.wait_for(4, timeout=10)
    assert len(got) == 4
    text = generate_latest(gw.stages.metrics.registry).decode()
    assert 'phi_gateway_ratelimit_deferrals_total{pool="transactional"}' in text
    assert 'phi_gateway_pool_sent_total{pool="transactional"} 4.0' in text


async def test_destination_connection_limit_holds_extra_deliveries(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    import threading

    gate = threading.Event()
    active = {"now": 0, "max": 0}
    real = sink.handler.handle_DATA

    async def slow_data(server: Any, session: Any, envelope: Any) -> str:
        active["now"] += 1
        active["max"] = max(active["max"], active["now"])
        while not gate.is_set():
            await asyncio.sleep(0.01)
        active["now"] -= 1
        return await real(server, session, envelope)

    sink.handler.handle_DATA = slow_data  # type: ignore[method-assign]
    gw = await gateway_factory(
        make_config(
            delivery={**smarthost(sink), "tls": "none", "concurrency": 8},
            rate_limits={"destination_default": {"max_connections": 2}},
        )
    )
    for i in range(5):
        await send_message(
            gw.port, "a@org.test", [f"r{i}@dest.test"], f"Subject: n{i}\r\n\r\nhi\r\n".encode()
        )
    await asyncio.sleep(1.0)
    assert active["max"] == 2  # never more than two at once to this destination
    gate.set()
    assert len(await sink.handler.wait_for(5, timeout=15)) == 5  # held, not dropped

"""Policy decisions through the SMTP path, and protected delivery: verified TLS or portal."""

from __future__ import annotations

import asyncio
import socket
import ssl
from pathlib import Path
from typing import Any

import trustme

from tests.conftest import Sink, audit_records, eml, wait_until
from tests.smtpraw import send_message
from tests.support.dnsserver import mx_delivery, running_dns_server


async def test_phi_in_subject_refused_before_250(
    sink: Sink, make_config: Any, gateway_factory: Any, tmp_path: Path
) -> None:
    gw = await gateway_factory(
        make_config(delivery={"smarthost": {"host": "127.0.0.1", "port": sink.port}})
    )
    replies = await send_message(
        gw.port, "sender@clinic.example", ["someone@example.net"], eml("phi_subject.eml")
    )
    code, text = replies[-1]
    assert code == 550 and text.startswith("5.7.1") and "Subject" in text
    assert gw.spool.ids() == []
    decision = [
        r for r in audit_records(tmp_path / "audit" / "audit.jsonl") if r["event"] == "decision"
    ]
    assert decision and decision[-1]["decision"] == "reject"
    assert "phi-in-subject" in decision[-1]["rules"]
    await asyncio.sleep(0.2)
    assert sink.messages == []


async def test_phi_body_goes_only_over_verified_tls(
    ca: trustme.CA, make_config: Any, gateway_factory: Any, in_tmp: Path
) -> None:
    # A next hop with STARTTLS but a certificate we cannot verify: PHI must not go.
    bad_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(bad_ctx)
    ca.cert_pem.write_to_path(str(in_tmp / "ca.pem"))
    with Sink(tls_context=bad_ctx) as untrusted:
        gw = await gateway_factory(
            make_config(
                delivery={
                    "smarthost": {"host": "127.0.0.1", "port": untrusted.port},
                    "tls": "opportunistic",
                    "ca_file": str(in_tmp / "ca.pem"),
                }
            )
        )
        # Clean mail goes out (opportunistic TLS) ...
        replies = await send_message(
            gw.port, "sender@clinic.example", ["someone@example.net"], eml("clean.eml")
        )
        assert replies[-1][0] == 250
        await untrusted.handler.wait_for(1)
        # ... PHI does not: require_tls, and the portal is the fallback.
        replies = await send_message(
            gw.port, "sender@clinic.example", ["someone@example.net"], eml("phi_body.eml")
        )
        assert replies[-1][0] == 250
        got = await untrusted.handler.wait_for(2)
        assert len(got) == 2
        note = got[1].data
        assert b"Maria Lopez" not in note and b"diabetes" not in note and b"metformin" not in note
        assert got[1].rcpt_tos == ["someone@example.net"]
        assert b"https://" in note  # the pickup link


def _cert_ctx(ca: trustme.CA, *names: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names).configure_cert(ctx)
    return ctx


def _self_signed_ctx(tmp: Path) -> ssl.SSLContext:
    from gateway.devcerts import ensure_dev_cert

    cert, key = ensure_dev_cert(tmp / "ss-cert.pem", tmp / "ss-key.pem", "mx.selfsigned.test")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(str(cert), str(key))
    return ctx


def _port_free_on(addresses: list[str]) -> int:
    for _ in range(50):
        with socket.socket() as s:
            s.bind((addresses[0], 0))
            port = int(s.getsockname()[1])
        ok = True
        for a in addresses[1:]:
            with socket.socket() as s:
                try:
                    s.bind((a, port))
                except OSError:
                    ok = False
                    break
        if ok:
            return port
    raise RuntimeError("no common free port")


async def test_four_sinks_only_verified_tls_gets_the_message(
    ca: trustme.CA, make_config: Any, gateway_factory: Any, in_tmp: Path
) -> None:
    ips = ["127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"]
    port = _port_free_on(ips)
    ca.cert_pem.write_to_path(str(in_tmp / "ca.pem"))
    sinks = {
        "plain.test": Sink(hostname=ips[0], port=port),  # no STARTTLS at all
        "selfsigned.test": Sink(_self_signed_ctx(in_tmp), hostname=ips[1], port=port),
        "wrongname.test": Sink(_cert_ctx(ca, "mx.other.test"), hostname=ips[2], port=port),
        "valid.test": Sink(_cert_ctx(ca, "mx.valid.test"), hostname=ips[3], port=port),
    }
    for s in sinks.values():
        s.__enter__()
    try:
        async with running_dns_server() as dns:
            for (domain, _), ip in zip(sinks.items(), ips, strict=True):
                dns.set(domain, "MX", [f"10 mx.{domain}."])
                dns.set(f"mx.{domain}", "A", [ip])
            gw = await gateway_factory(
                make_config(
                    delivery=mx_delivery(
                        dns, port, tls="opportunistic", ca_file=str(in_tmp / "ca.pem")
                    )
                )
            )
            rcpts = [f"pat@{d}" for d in sinks]
            replies = await send_message(
                gw.port, "sender@clinic.example", rcpts, eml("phi_body.eml")
            )
            assert replies[-1][0] == 250
            for s in sinks.values():
                await s.handler.wait_for(1)
            await wait_until(lambda: gw.spool.ids() == [], timeout=20)
    finally:
        for s in sinks.values():
            s.__exit__(None, None, None)
    for domain, s in sinks.items():
        assert len(s.messages) == 1, domain
        data = s.messages[0].data
        if domain == "valid.test":
            assert b"Maria Lopez" in data and s.messages[0].tls
        else:
            assert b"Maria Lopez" not in data and b"metformin" not in data, domain
            assert b"secure" in data.lower()

    def stored() -> list[dict[str, Any]]:
        return [
            r
            for r in audit_records(in_tmp / "audit" / "audit.jsonl")
            if r["event"] == "portal_stored"
        ]

    await wait_until(lambda: len(stored()) == 3)  # delivery events are audited async
    records = audit_records(in_tmp / "audit" / "audit.jsonl")
    delivered = [
        r for r in records if r["event"] == "delivered" and r.get("next_hop") == "mx.valid.test"
    ]
    assert delivered and delivered[0]["tls_verified"] is True
    assert delivered[0]["tls_version"] in ("TLSv1.2", "TLSv1.3")
    reasons = sorted(r["reason"] for r in stored())
    assert reasons == ["tls_unavailable", "tls_verify_failed", "tls_verify_failed"], reasons
    # no address in clear in the audit trail
    text = (in_tmp / "audit" / "audit.jsonl").read_text()
    assert "pat@" not in text and "sender@clinic.example" not in text


async def test_policy_hot_reload_keeps_old_policy_when_new_one_is_broken(
    sink: Sink, make_config: Any, gateway_factory: Any, in_tmp: Path
) -> None:
    import shutil

    from tests.conftest import ROOT

    pdir = in_tmp / "policy"
    shutil.copytree(ROOT / "policies", pdir)
    gw = await gateway_factory(
        make_config(
            delivery={"smarthost": {"host": "127.0.0.1", "port": sink.port}},
            policy={"dir": str(pdir)},
        )
    )
    clean = eml("clean.eml")
    assert (await send_message(gw.port, "a@clinic.example", ["b@dest.test"], clean))[-1][0] == 250
    # A broken edit: the running policy stays, the metric says the reload failed.
    default = pdir / "default.yaml"
    good_text = default.read_text()
    default.write_text(
        good_text + "\n  - name: broken\n    when: {nonsense: 1}\n    action: deliver\n"
    )
    assert gw.stages.reload_policy() is False
    assert gw.stages.metrics.policy_last_reload_ok._value.get() == 0
    assert (await send_message(gw.port, "a@clinic.example", ["b@dest.test"], clean))[-1][0] == 250
    # A valid edit that refuses everything from one sender, picked up by the watcher.
    default.write_text(
        good_text + "\n  - name: block-test-sender\n    when: {sender: ['blocked@*']}\n"
        "    action: reject\n    reply: '550 5.7.1 Sender blocked by policy'\n"
    )
    await wait_until(
        lambda: any(r.name == "block-test-sender" for r in gw.stages.policy_holder.engine.rules),
        timeout=10,
    )
    replies = await send_message(gw.port, "blocked@clinic.example", ["b@dest.test"], clean)
    assert replies[-1] == (550, "5.7.1 Sender blocked by policy")
    assert gw.stages.metrics.policy_last_reload_ok._value.get() == 1


async def test_quarantine_then_cli_release_delivers(
    sink: Sink, make_config: Any, gateway_factory: Any, in_tmp: Path
) -> None:
    import argparse
    import shutil

    import yaml

    from gateway.cli_queue import _set
    from tests.conftest import ROOT

    pdir = in_tmp / "policy"
    shutil.copytree(ROOT / "policies", pdir)
    with (pdir / "default.yaml").open("a") as f:
        f.write(
            "\n  - name: hold-for-review\n    when: {header_matches: {X-Hold: '^yes$'}}\n"
            "    action: quarantine\n"
        )
    cfg_data = {
        "spool": {
            "dir": str(in_tmp / "spool"),
            "key_file": str(in_tmp / "spool.key"),
            "key_env": None,
            "scan_interval_seconds": 0.3,
            "min_free_bytes": 0,
        },
        "policy": {"dir": str(pdir)},
    }
    gw = await gateway_factory(
        make_config(delivery={"smarthost": {"host": "127.0.0.1", "port": sink.port}}, **cfg_data)
    )
    raw = b"Subject: review me\r\nX-Hold: yes\r\n\r\nplease review\r\n"
    replies = await send_message(gw.port, "a@clinic.example", ["b@dest.test"], raw)
    qid = replies[-1][1].split()[-1]
    await wait_until(lambda: gw.spool.read_state(qid).status == "quarantine")
    await asyncio.sleep(1.0)  # several rescans: it stays held
    assert sink.messages == []
    # The admin releases it with the CLI (same handler as `phi-gateway queue release ID`).
    cfg_file = in_tmp / "release.yaml"
    cfg_file.write_text(yaml.safe_dump(cfg_data))
    release = _set("active", released=True)
    assert release(argparse.Namespace(config=str(cfg_file), id=qid)) == 0
    got = await sink.handler.wait_for(1)
    assert len(got) == 1 and b"please review" in got[0].data

"""No PHI outside the encrypted stores, on every path (issue 7's guarantee).

Distinctive canary PHI goes through delivery over verified TLS, the portal,
quarantine, a Subject reject, a bounce with its DSN, a consent refusal and a
policy stage raising an exception. Then nothing the gateway wrote (audit trail,
logs, metrics, spool and portal files, config-generated keys), nothing it
printed and no SMTP reply may contain a canary in any encoding.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import pytest
import trustme
from prometheus_client import generate_latest

from tests.audit.canary import scan_bytes_for_canaries, scan_tree_for_canaries
from tests.conftest import ROOT, Sink, wait_until
from tests.integration.test_policy_smtp import _cert_ctx, _port_free_on
from tests.smtpraw import send_message
from tests.support.dnsserver import mx_delivery, running_dns_server

NAME = "Zebulon Quixtar"
SSN = "219-44-7788"
MRN = "ZQX99887766"
RCPT_LOCAL = "zebulon.quixtar"
CANARIES = [NAME, SSN, MRN, RCPT_LOCAL, "Quixtar"]


def phi_message(subject: str = "Follow-up", extra: str = "") -> bytes:
    return (
        f"From: Dr Reyes <reyes@clinic.example>\r\nTo: <{RCPT_LOCAL}@secure.test>\r\n"
        f"Subject: {subject}\r\n"
        f"Message-ID: <canary-{abs(hash(subject + extra))}@clinic.example>\r\n"
        f"{extra}\r\n"
        f"Patient: {NAME}\r\nSSN: {SSN}\r\nMRN: {MRN}\r\n"
        "Diagnosis: type 2 diabetes (E11.9); started metformin 500 mg.\r\n"
    ).encode()


def quarantine_policy(root: Path) -> Path:
    d = root / "policy"
    shutil.copytree(ROOT / "policies", d)
    with (d / "default.yaml").open("a") as f:
        f.write(
            "\n  - name: hold-for-review\n    when: {header_matches: {X-Hold: '^yes$'}}\n"
            "    action: quarantine\n"
        )
    return d


async def test_canary_phi_never_leaves_the_encrypted_stores(
    ca: trustme.CA,
    make_config: Any,
    gateway_factory: Any,
    in_tmp: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    ips = ["127.0.0.2", "127.0.0.3", "127.0.0.4"]
    port = _port_free_on(ips)
    ca.cert_pem.write_to_path(str(in_tmp / "ca.pem"))
    secure = Sink(_cert_ctx(ca, "mx.secure.test"), hostname=ips[0], port=port)
    plain = Sink(hostname=ips[1], port=port)
    bouncer = Sink(_cert_ctx(ca, "mx.bounce.test"), hostname=ips[2], port=port)
    bouncer.handler.rcpt_replies[f"{RCPT_LOCAL}@bounce.test"] = "550 5.1.1 No such user"
    replies: list[tuple[int, str]] = []
    for s in (secure, plain, bouncer):
        s.__enter__()
    try:
        async with running_dns_server() as dns:
            for domain, ip, mx in (
                ("secure.test", ips[0], "mx.secure.test"),
                ("clinic.example", ips[0], "mx.secure.test"),
                ("plain.test", ips[1], "mx.plain.test"),
                ("bounce.test", ips[2], "mx.bounce.test"),
            ):
                dns.set(domain, "MX", [f"10 {mx}."])
                dns.set(mx, "A", [ip])
            gw = await gateway_factory(
                make_config(
                    delivery=mx_delivery(dns, port, ca_file=str(in_tmp / "ca.pem")),
                    policy={"dir": str(quarantine_policy(in_tmp))},
                    logging={"level": "debug"},
                )
            )
            sender = "reyes@clinic.example"
            # delivered over verified TLS
            replies += await send_message(
                gw.port, sender, [f"{RCPT_LOCAL}@secure.test"], phi_message()
            )
            # portal (no STARTTLS at the MX) + notification
            replies += await send_message(
                gw.port, sender, [f"{RCPT_LOCAL}@plain.test"], phi_message("Results")
            )
            # bounced: 550 at RCPT, then a DSN back to the sender (over verified TLS)
            replies += await send_message(
                gw.port, sender, [f"{RCPT_LOCAL}@bounce.test"], phi_message("Bounce")
            )
            # quarantined
            replies += await send_message(
                gw.port,
                sender,
                [f"{RCPT_LOCAL}@secure.test"],
                phi_message("Hold", "X-Hold: yes\r\n"),
            )
            # rejected: PHI in the Subject
            replies += await send_message(
                gw.port,
                sender,
                [f"{RCPT_LOCAL}@secure.test"],
                phi_message(f"Results for {NAME} SSN {SSN}"),
            )
            # consent refused: marketing + PHI, no consent token
            replies += await send_message(
                gw.port,
                "news@clinic.example",
                [f"{RCPT_LOCAL}@secure.test"],
                phi_message(
                    "Spring offers",
                    "List-Unsubscribe: <https://u.example/x>\r\n"
                    "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n",
                ),
            )

            # a stage raising an exception whose text carries PHI
            real = gw.stages.policy_holder.engine

            class Exploding:
                def evaluate(self, *a: Any, **k: Any) -> Any:
                    raise RuntimeError(f"detector crashed on {NAME} {SSN}")

            gw.stages.policy_holder.engine = Exploding()  # type: ignore[assignment]
            replies += await send_message(
                gw.port, sender, [f"{RCPT_LOCAL}@secure.test"], phi_message("Crash")
            )
            gw.stages.policy_holder.engine = real

            assert len(await secure.handler.wait_for(2)) == 2  # delivered message + DSN
            assert len(await plain.handler.wait_for(1)) == 1  # the portal notification
            await wait_until(lambda: len(gw.spool.ids()) == 1)  # only the quarantined one
            metrics_text = generate_latest(gw.stages.metrics.registry)
    finally:
        for s in (secure, plain, bouncer):
            s.__exit__(None, None, None)

    finals = [r for r in replies if r[0] in (250, 451, 550, 554)]
    assert [c for c, _ in finals].count(451) == 1  # the exploding stage: 451 4.3.0
    # Sanity: the canaries really did flow (the test can fail).
    assert any(NAME.encode() in m.data for m in secure.messages)
    dsn = [m for m in secure.messages if m.mail_from == "<>"]
    assert len(dsn) == 1 and b"5.1.1" in dsn[0].data and NAME.encode() not in dsn[0].data
    assert not any(NAME.encode() in m.data for m in plain.messages)

    findings: list[str] = []
    findings += scan_bytes_for_canaries(
        "\n".join(t for _, t in replies).encode(), CANARIES, "smtp replies"
    )
    findings += scan_bytes_for_canaries(metrics_text, CANARIES, "metrics")
    findings += scan_bytes_for_canaries(caplog.text.encode(), CANARIES, "logs")
    out, err = capfd.readouterr()
    findings += scan_bytes_for_canaries((out + err).encode(), CANARIES, "stdout/stderr")
    # Everything the gateway wrote: audit, spool (encrypted), portal (encrypted), keys.
    written = [p for p in in_tmp.iterdir() if p.name not in ("policy", "ca.pem")]
    findings += scan_tree_for_canaries(written, CANARIES)
    assert findings == []
    assert (in_tmp / "audit").exists() and any((in_tmp / "spool" / "q").iterdir())
    assert any((in_tmp / "portal").rglob("*"))

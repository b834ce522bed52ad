"""MX routing against a real (local) DNS server, and SMTP AUTH relay rights."""

from __future__ import annotations

import ssl
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiosmtplib
import pytest

from gateway.routing import Router
from tests.conftest import Sink, wait_until
from tests.smtpraw import RawSMTP, msg, send_message
from tests.support.dnsserver import mx_delivery, running_dns_server


async def test_mx_preference_implicit_and_null_mx() -> None:
    async with running_dns_server() as dns:
        dns.set("pref.test", "MX", ["20 backup.pref.test.", "10 primary.pref.test."])
        dns.set("primary.pref.test", "A", ["127.0.0.10"])
        dns.set("backup.pref.test", "A", ["127.0.0.20"])
        dns.set("implicit.test", "A", ["127.0.0.30"])
        dns.set("null.test", "MX", ["0 ."])
        router = Router(
            "mx", ("unused", 25), mx_port=2500, nameservers=["127.0.0.1"], dns_port=dns.port
        )
        route = await router.route("pref.test")
        assert [(h.name, h.address) for h in route.hops] == [
            ("primary.pref.test", "127.0.0.10"),
            ("backup.pref.test", "127.0.0.20"),
        ]
        route = await router.route("implicit.test")
        assert [(h.name, h.address, h.port) for h in route.hops] == [
            ("implicit.test", "127.0.0.30", 2500)
        ]
        route = await router.route("null.test")
        assert route.error is not None and route.error[0] == 556
        assert route.error[1].startswith("5.1.10")
        route = await router.route("nonexistent.test")
        assert route.error is not None and route.error[1].startswith("5.1.2")


async def test_mx_delivery_and_null_mx_bounce(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    async with running_dns_server() as dns:
        dns.set("dest.test", "MX", ["10 mx.dest.test."])
        dns.set("mx.dest.test", "A", ["127.0.0.1"])
        dns.set("null.test", "MX", ["0 ."])
        dns.set("org.test", "A", ["127.0.0.1"])  # implicit MX for the DSN's recipient
        gw = await gateway_factory(make_config(delivery=mx_delivery(dns, sink.port)))
        replies = await send_message(gw.port, "a@org.test", ["x@dest.test", "y@null.test"], msg())
        assert replies[-1][0] == 250
        got = await sink.handler.wait_for(2)
        normal = [m for m in got if m.mail_from == "a@org.test"]
        assert normal and normal[0].rcpt_tos == ["x@dest.test"]
        dsns = [m for m in got if m.mail_from == "<>"]
        assert len(dsns) == 1 and dsns[0].rcpt_tos == ["a@org.test"]
        assert b"Final-Recipient: rfc822; y@null.test" in dsns[0].data
        assert b"Status: 5.1.10" in dsns[0].data
        await wait_until(lambda: gw.spool.ids() == [])


def _add_user(auth_file: Path, user: str, password: str) -> None:
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "gateway",
            "auth",
            "add",
            user,
            "--file",
            str(auth_file),
            "--password-stdin",
        ],
        input=password + "\n",
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr


async def test_auth_grants_relay_only_after_tls(
    sink: Sink, make_config: Any, gateway_factory: Any, in_tmp: Path
) -> None:
    auth = in_tmp / "users"
    _add_user(auth, "ehr-system", "correct horse battery staple")
    assert "$scrypt$" in auth.read_text() and "staple" not in auth.read_text()
    assert auth.stat().st_mode & 0o777 == 0o600
    gw = await gateway_factory(
        make_config(
            relay={"allowed_networks": ["10.99.0.0/16"]},
            listen={"auth_file": str(auth)},
            delivery={"smarthost": {"host": "127.0.0.1", "port": sink.port}},
        )
    )
    # Without TLS, AUTH is not even offered; relay is refused.
    c = await RawSMTP.connect(gw.port)
    _, ehlo = await c.cmd("EHLO client.test")
    assert "AUTH" not in ehlo
    await c.cmd("MAIL FROM:<a@org.test>")
    assert (await c.cmd("RCPT TO:<b@dest.test>"))[0] == 554
    await c.close()
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=gw.port, start_tls=False)
    await client.connect()
    await client.starttls(tls_context=ctx)
    with pytest.raises(aiosmtplib.SMTPAuthenticationError):
        await client.login("ehr-system", "wrong password here")
    await client.login("ehr-system", "correct horse battery staple")
    await client.sendmail("a@org.test", ["b@dest.test"], msg())
    await client.quit()
    got = await sink.handler.wait_for(1)
    assert len(got) == 1 and b"with ESMTPSA id" in got[0].data


async def test_gateway_authenticates_to_smarthost_only_over_tls(
    ca: Any, make_config: Any, gateway_factory: Any, in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    from tests.conftest import Sink

    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            b"relay-user",
            b"s3cret-relay-pass",
        )
        return AuthResult(success=ok)

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    ca.cert_pem.write_to_path(str(in_tmp / "ca.pem"))
    monkeypatch.setenv("RELAY_PASS", "s3cret-relay-pass")
    sink = Sink(tls_context=ctx)
    sink.controller.SMTP_kwargs.update(
        authenticator=check, auth_required=True, auth_require_tls=True
    )
    with sink:
        gw = await gateway_factory(
            make_config(
                delivery={
                    "smarthost": {
                        "host": "127.0.0.1",
                        "port": sink.port,
                        "username": "relay-user",
                        "password_env": "RELAY_PASS",
                    },
                    "tls": "required",
                    "ca_file": str(in_tmp / "ca.pem"),
                }
            )
        )
        replies = await send_message(gw.port, "a@org.test", ["b@dest.test"], msg())
        assert replies[-1][0] == 250
        got = await sink.handler.wait_for(1)
        assert len(got) == 1 and got[0].tls
    # Without TLS to the smarthost the credentials are never sent: deferred.
    monkeypatch.setenv("RELAY_PASS", "s3cret-relay-pass")
    plain = Sink()  # no STARTTLS offered
    with plain:
        gw2 = await gateway_factory(
            make_config(
                delivery={
                    "smarthost": {
                        "host": "127.0.0.1",
                        "port": plain.port,
                        "username": "relay-user",
                        "password_env": "RELAY_PASS",
                    },
                    "tls": "opportunistic",
                },
                spool={"dir": str(in_tmp / "spool2")},
            )
        )
        replies = await send_message(gw2.port, "a@org.test", ["b@dest.test"], msg())
        qid = replies[-1][1].split()[-1]
        await wait_until(lambda: gw2.spool.read_state(qid).attempts >= 1)
        assert gw2.spool.read_state(qid).deferred[0].text.startswith("4.7.5")
        assert plain.messages == []

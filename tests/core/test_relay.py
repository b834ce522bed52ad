"""Mail in, mail durably stored, mail out: over real sockets."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiosmtplib
import pytest

from tests.conftest import Sink, audit_records, wait_until
from tests.smtpraw import RawSMTP, msg, send_message


def smarthost(sink: Sink, **delivery: Any) -> dict[str, Any]:
    return {"delivery": {"smarthost": {"host": "127.0.0.1", "port": sink.port}, **delivery}}


async def test_round_trip_is_byte_exact(sink: Sink, make_config: Any, gateway_factory: Any) -> None:
    gw = await gateway_factory(make_config(smarthost(sink)))
    body = (
        b"first line\r\n..a line that starts with a dot (stuffed on the wire)\r\n.\r\n".replace(
            b".\r\n", b"..\r\n"
        )  # a lone dot, stuffed
        + b"8-bit: caf\xc3\xa9 \xff\xfe\r\n"
        + b"x" * 998
        + b"\r\n"
        + b"last line without anything special\r\n"
    )
    raw = b"From: a@org.test\r\nTo: b@dest.test\r\nSubject: bytes\r\n\r\n" + body
    replies = await send_message(gw.port, "a@org.test", ["b@dest.test"], raw)
    assert replies[-1][0] == 250 and "queued as" in replies[-1][1]
    got = (await sink.handler.wait_for(1))[0]
    # What the sink sees = our Received header + the message, un-stuffed exactly once.
    unstuffed = raw.replace(b"\r\n..", b"\r\n.")
    assert got.data.endswith(unstuffed)
    assert got.data.startswith(b"Received: from client.test ([127.0.0.1])")
    assert got.mail_from == "a@org.test" and got.rcpt_tos == ["b@dest.test"]


async def test_relay_refused_for_outside_clients(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    gw = await gateway_factory(
        make_config(smarthost(sink), relay={"allowed_networks": ["10.9.0.0/16"]})
    )
    replies = await send_message(gw.port, "a@org.test", ["b@dest.test"], msg())
    assert replies[2][0] == 554 and replies[2][1].startswith("5.7.1")
    assert len(replies) == 3  # no DATA attempted
    await asyncio.sleep(0.3)
    assert sink.messages == []


@pytest.mark.parametrize(
    ("rcpt", "expect"),
    [
        ("<victim%other.test@dest.test>", "5.1.3 Percent-hack"),
        ("<other.test!victim@dest.test>", "5.1.3 Bang-path"),
        ('<"victim@other.test"@dest.test>', "5.1.3 Quoted"),
        ("<@dest.test:victim@other.test>", "5.1.3 Source routes"),
        ("<victim@[10.0.0.1]>", "5.1.3 Address literals"),
        ("<victim@dest.test.>", "5.1.3"),
        ("<a@b@dest.test>", "5.1.3"),
        ("<" + "a" * 65 + "@dest.test>", "5.1.3 Local part too long"),
    ],
)
async def test_address_tricks_refused(
    rcpt: str, expect: str, sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    gw = await gateway_factory(make_config(smarthost(sink)))
    c = await RawSMTP.connect(gw.port)
    await c.cmd("EHLO client.test")
    assert (await c.cmd("MAIL FROM:<a@org.test>"))[0] == 250
    code, text = await c.cmd(f"RCPT TO:{rcpt}")
    assert code == 553 and text.startswith(expect), (code, text)
    await c.close()


@pytest.mark.parametrize(
    "smuggle",
    [b"\n.\n", b"\n.\r\n", b"\r.\n", b"\r.\r\n", b"\r\n\x00.\r\n", b"\r\n.\r\r\n"],
    ids=["lf-dot-lf", "lf-dot-crlf", "cr-dot-lf", "cr-dot-crlf", "nul-dot", "dot-cr-crlf"],
)
async def test_smuggling_sequences_refused(
    smuggle: bytes, sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    gw = await gateway_factory(make_config(smarthost(sink)))
    c = await RawSMTP.connect(gw.port)
    await c.cmd("EHLO client.test")
    await c.cmd("MAIL FROM:<a@org.test>")
    await c.cmd("RCPT TO:<b@dest.test>")
    assert (await c.cmd("DATA"))[0] == 354
    smuggled = (
        b"Subject: outer\r\n\r\nbody"
        + smuggle
        + b"MAIL FROM:<evil@org.test>\r\nRCPT TO:<victim@dest.test>\r\nDATA\r\n"
        + b"Subject: smuggled\r\n\r\nevil\r\n.\r\n"
    )
    await c.send(smuggled)
    code, text = await c.reply()
    assert code == 550 and text.startswith("5.6.0"), (code, text)
    # The session goes on cleanly; nothing was queued or forwarded.
    assert (await c.cmd("NOOP"))[0] == 250
    await c.close()
    await asyncio.sleep(0.3)
    assert sink.messages == []


async def test_bare_lf_and_nul_in_commands_refused(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    gw = await gateway_factory(make_config(smarthost(sink)))
    c = await RawSMTP.connect(gw.port)
    assert (await c.cmd(b"EHLO client.test\n"))[0] == 500
    assert (await c.cmd(b"EHLO client.test\r\n"))[0] == 250
    code, text = await c.cmd(b"MAIL FROM:<a@org.test>\rRCPT TO:<x@y.test>\r\n")
    assert code == 500 and text.startswith("5.5.2")
    code, _ = await c.cmd(b"MAIL FROM:<a\x00@org.test>\r\n")
    assert code == 500
    await c.close()


async def test_starttls_with_pipelined_commands_refused(
    ca: Any, sink: Sink, make_config: Any, gateway_factory: Any, in_tmp: Path
) -> None:
    cert = ca.issue_cert("gw.test")
    cert.private_key_and_cert_chain_pem.write_to_path(str(in_tmp / "gw.pem"))
    gw = await gateway_factory(
        make_config(
            smarthost(sink),
            listen={"tls_cert": str(in_tmp / "gw.pem"), "tls_key": str(in_tmp / "gw.pem")},
        )
    )
    c = await RawSMTP.connect(gw.port)
    await c.cmd("EHLO client.test")
    code, text = await c.cmd(b"STARTTLS\r\nMAIL FROM:<a@org.test>\r\n")
    assert code == 554 and "pipelined" in text
    assert (await c.reply())[0] == 0  # closed
    await c.close()


async def test_tls_in_and_verified_tls_out(
    ca: Any, make_config: Any, gateway_factory: Any, in_tmp: Path
) -> None:
    server_ctx = __import__("ssl").create_default_context(__import__("ssl").Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    ca.cert_pem.write_to_path(str(in_tmp / "ca.pem"))
    gw_cert = ca.issue_cert("gw.test")
    gw_cert.private_key_and_cert_chain_pem.write_to_path(str(in_tmp / "gw.pem"))
    with Sink(tls_context=server_ctx) as tls_sink:
        gw = await gateway_factory(
            make_config(
                smarthost(tls_sink, tls="required", ca_file=str(in_tmp / "ca.pem")),
                listen={
                    "tls_cert": str(in_tmp / "gw.pem"),
                    "tls_key": str(in_tmp / "gw.pem"),
                    "require_tls": True,
                },
            )
        )
        client_ctx = __import__("ssl").create_default_context(cafile=str(in_tmp / "ca.pem"))
        smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=gw.port, start_tls=False)
        await smtp.connect()
        await smtp.ehlo()
        # require_tls: MAIL before STARTTLS is refused
        code, _ = await smtp.execute_command(b"MAIL", b"FROM:<a@org.test>")
        assert code == 530
        await smtp.starttls(tls_context=client_ctx, server_hostname="gw.test")
        await smtp.sendmail("a@org.test", ["b@dest.test"], msg())
        await smtp.quit()
        got = await tls_sink.handler.wait_for(1)
        assert len(got) == 1 and got[0].tls
        assert b"with ESMTPS id" in got[0].data


async def test_required_tls_without_starttls_defers_nothing_in_plaintext(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    gw = await gateway_factory(make_config(smarthost(sink, tls="required")))
    replies = await send_message(gw.port, "a@org.test", ["b@dest.test"], msg())
    assert replies[-1][0] == 250
    qid = replies[-1][1].split()[-1]
    await wait_until(lambda: gw.spool.read_state(qid).attempts >= 1)
    state = gw.spool.read_state(qid)
    assert state.deferred[0].code == 451 and "4.7.5" in state.deferred[0].text
    assert sink.messages == []
    # The queue gauges see it as deferred, and how old it is.
    gw.queue.rescan()
    m = gw.stages.metrics
    assert m.queue_messages.labels("deferred")._value.get() == 1
    assert m.queue_oldest_age_seconds._value.get() >= 0
    assert m.tls_failures_total.labels("no_starttls")._value.get() >= 1


async def test_temporary_failure_is_retried(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    sink.handler.data_reply = "451 4.3.0 try later"
    gw = await gateway_factory(make_config(smarthost(sink)))
    replies = await send_message(gw.port, "a@org.test", ["b@dest.test"], msg())
    qid = replies[-1][1].split()[-1]
    await wait_until(lambda: gw.spool.read_state(qid).attempts >= 1)
    assert gw.spool.read_state(qid).deferred
    sink.handler.data_reply = None
    assert len(await sink.handler.wait_for(1)) == 1
    await wait_until(lambda: qid not in gw.spool.ids())


async def test_permanent_failure_gives_exactly_one_dsn(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    sink.handler.rcpt_replies["gone@dest.test"] = "550 5.1.1 No such user"
    gw = await gateway_factory(make_config(smarthost(sink)))
    replies = await send_message(
        gw.port,
        "a@org.test",
        ["ok@dest.test", "gone@dest.test"],
        msg(subject="Lab results for patient"),
    )
    assert replies[-1][0] == 250
    await sink.handler.wait_for(2)
    await asyncio.sleep(1.0)  # give a duplicate DSN every chance to appear
    assert len(sink.messages) == 2
    original, dsn = sorted(sink.messages, key=lambda m: m.mail_from != "a@org.test")
    assert original.rcpt_tos == ["ok@dest.test"]
    assert dsn.mail_from == "<>" and dsn.rcpt_tos == ["a@org.test"]
    assert b"multipart/report; report-type=delivery-status" in dsn.data
    assert b"Final-Recipient: rfc822; gone@dest.test" in dsn.data
    assert b"Status: 5.1.1" in dsn.data
    assert b"Lab results" not in dsn.data  # the Subject is not returned
    assert gw.spool.ids() == []


async def test_no_dsn_for_null_sender(sink: Sink, make_config: Any, gateway_factory: Any) -> None:
    sink.handler.rcpt_replies["gone@dest.test"] = "550 5.1.1 No such user"
    gw = await gateway_factory(make_config(smarthost(sink)))
    replies = await send_message(gw.port, "", ["gone@dest.test"], msg())
    assert replies[1][0] == 250 and replies[-1][0] == 250, replies
    qid = replies[-1][1].split()[-1]
    await wait_until(lambda: qid not in gw.spool.ids())
    await asyncio.sleep(0.5)
    assert sink.messages == [] and gw.spool.ids() == []


async def test_limits(sink: Sink, make_config: Any, gateway_factory: Any) -> None:
    gw = await gateway_factory(
        make_config(
            smarthost(sink),
            limits={
                "max_message_bytes": 2048,
                "max_recipients": 2,
                "max_received_headers": 3,
                "max_header_bytes": 1024,
            },
        )
    )
    c = await RawSMTP.connect(gw.port)
    code, text = await c.cmd("EHLO client.test")
    assert "SIZE 2048" in text
    code, text = await c.cmd("MAIL FROM:<a@org.test> SIZE=999999")
    assert code == 552 and text.startswith("5.3.4")
    await c.cmd("MAIL FROM:<a@org.test>")
    assert (await c.cmd("RCPT TO:<1@d.test>"))[0] == 250
    assert (await c.cmd("RCPT TO:<2@d.test>"))[0] == 250
    code, text = await c.cmd("RCPT TO:<3@d.test>")
    assert code == 452 and text.startswith("4.5.3")
    await c.cmd("DATA")
    await c.send(b"Subject: big\r\n\r\n" + (b"y" * 900 + b"\r\n") * 4 + b".\r\n")
    code, text = await c.reply()
    assert code == 552 and text.startswith("5.3.4")
    await c.cmd("MAIL FROM:<a@org.test>")
    await c.cmd("RCPT TO:<1@d.test>")
    await c.cmd("DATA")
    await c.send(b"Received: x\r\n" * 4 + b"Subject: loop\r\n\r\nbody\r\n.\r\n")
    code, text = await c.reply()
    assert code == 554 and text.startswith("5.4.6")
    await c.cmd("MAIL FROM:<a@org.test>")
    await c.cmd("RCPT TO:<1@d.test>")
    await c.cmd("DATA")
    await c.send(
        b"X-Big: " + b"h" * 990 + b"\r\n" + b"X-Big2: " + b"h" * 200 + b"\r\n\r\nb\r\n.\r\n"
    )
    code, text = await c.reply()
    assert code == 552 and "header" in text
    await c.close()
    await asyncio.sleep(0.2)
    assert sink.messages == []


async def test_connections_per_ip_limited(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    gw = await gateway_factory(make_config(smarthost(sink), listen={"max_connections_per_ip": 2}))
    a = await RawSMTP.connect(gw.port)
    b = await RawSMTP.connect(gw.port)
    reader, writer = await asyncio.open_connection("127.0.0.1", gw.port)
    line = await asyncio.wait_for(reader.readline(), 5)
    assert line.startswith(b"421 4.7.0")
    writer.close()
    await a.close()
    await b.close()


async def test_handler_exception_answers_451_with_reference(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    gw = await gateway_factory(make_config(smarthost(sink)))

    class Boom:
        def evaluate(self, envelope: Any, raw: bytes, consent: Any = None) -> Any:
            raise ValueError("patient John Canary SSN 123-45-6789")

    gw.ingress.policy = Boom()
    replies = await send_message(gw.port, "a@org.test", ["b@dest.test"], msg())
    code, text = replies[-1]
    assert code == 451 and text.startswith("4.3.0") and "ref" in text
    assert "Canary" not in text and "123-45" not in text


async def test_disk_full_answers_452(sink: Sink, make_config: Any, gateway_factory: Any) -> None:
    gw = await gateway_factory(make_config(smarthost(sink)))
    gw.spool._min_free = 1 << 60  # the filesystem is "full" by the gateway's own margin
    replies = await send_message(gw.port, "a@org.test", ["b@dest.test"], msg())
    assert replies[-1][0] == 452 and replies[-1][1].startswith("4.3.1")
    assert gw.spool.ids() == []
    # The refusal is on record: the decision, and no "accepted".
    events = [r["event"] for r in audit_records(gw.cfg.audit.path)]
    assert events.count("decision") == 1 and "accepted" not in events


async def test_failed_fsync_answers_452(
    sink: Sink, make_config: Any, gateway_factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os as real_os

    gw = await gateway_factory(make_config(smarthost(sink)))
    real_fsync = real_os.fsync

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr("gateway.spool.os.fsync", failing_fsync)
    replies = await send_message(gw.port, "a@org.test", ["b@dest.test"], msg())
    monkeypatch.setattr("gateway.spool.os.fsync", real_fsync)
    assert replies[-1][0] == 452 and replies[-1][1].startswith("4.3.1")
    assert gw.spool.ids() == []
    await asyncio.sleep(0.3)
    assert sink.messages == []


async def test_connection_reuse_to_next_hop(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    gw = await gateway_factory(make_config(smarthost(sink), delivery={"concurrency": 1}))
    for i in range(5):
        await send_message(gw.port, "a@org.test", [f"r{i}@dest.test"], msg(subject=f"m{i}"))
    await sink.handler.wait_for(5)
    assert len(sink.messages) == 5
    assert gw.pool.opened < 5


async def test_line_length_limit_and_empty_message(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    gw = await gateway_factory(make_config(smarthost(sink)))
    c = await RawSMTP.connect(gw.port)
    await c.cmd("EHLO client.test")
    # 1001 octets with CRLF, counting the transparency dot: accepted (RFC 5321 4.5.3.1.6)
    await c.cmd("MAIL FROM:<a@org.test>")
    await c.cmd("RCPT TO:<b@dest.test>")
    await c.cmd("DATA")
    await c.send(b"Subject: ok\r\n\r\n." + b"." + b"y" * 997 + b"\r\n.\r\n")
    code, _ = await c.reply()
    assert code == 250
    # one octet more: 500 5.5.2, only after the end of data, and the session goes on
    await c.cmd("MAIL FROM:<a@org.test>")
    await c.cmd("RCPT TO:<b@dest.test>")
    await c.cmd("DATA")
    await c.send(b"Subject: long\r\n\r\n" + b"y" * 1000 + b"\r\nmore\r\n.\r\n")
    code, text = await c.reply()
    assert code == 500 and text.startswith("5.5.2"), (code, text)
    # an empty message (the dot straight after 354)
    await c.cmd("MAIL FROM:<a@org.test>")
    await c.cmd("RCPT TO:<b@dest.test>")
    await c.cmd("DATA")
    await c.send(b".\r\n")
    code, _ = await c.reply()
    assert code == 250
    assert (await c.cmd("NOOP"))[0] == 250
    await c.close()
    got = await sink.handler.wait_for(2)
    ok = next(m for m in got if b"Subject: ok" in m.data)
    assert ok.data.endswith(b"\r\n\r\n." + b"y" * 997 + b"\r\n")  # un-stuffed once


@pytest.mark.parametrize("fresh_limit", [64 * 1024 * 1024, 0])
async def test_first_attempt_sends_the_committed_entry_without_rereading(
    fresh_limit: int, sink: Sink, make_config: Any, gateway_factory: Any, monkeypatch: Any
) -> None:
    gw = await gateway_factory(make_config(smarthost(sink)))
    gw.queue.fresh_limit = fresh_limit  # 0: no memory budget, read the spool file back
    reads: list[str] = []
    real_read = gw.spool.read

    def counting_read(queue_id: str) -> Any:
        reads.append(queue_id)
        return real_read(queue_id)

    monkeypatch.setattr(gw.spool, "read", counting_read)
    raw = msg(subject="fresh")
    replies = await send_message(gw.port, "a@org.test", ["b@dest.test"], raw)
    assert replies[-1][0] == 250
    got = (await sink.handler.wait_for(1))[0]
    assert got.data.endswith(raw)
    assert len(reads) == (0 if fresh_limit else 1)
    await wait_until(lambda: gw.spool.ids() == [])
    assert gw.queue._fresh == {} and gw.queue._fresh_bytes == 0


def test_queue_ids_unique_sortable_and_fresh_after_fork() -> None:
    import os

    from gateway.spool import _valid_id, new_queue_id

    ids = [new_queue_id() for _ in range(5000)]
    assert len(set(ids)) == len(ids) and all(_valid_id(i) for i in ids)
    assert [i[:11] for i in ids] == sorted(i[:11] for i in ids)  # time prefix sorts
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child must not replay the parent's buffered random bytes
        os.write(w, new_queue_id()[11:].encode())
        os._exit(0)
    os.waitpid(pid, 0)
    child = os.read(r, 64).decode()
    mine = new_queue_id()[11:]
    assert child != mine


async def test_unsendable_address_in_the_spool_bounces_instead_of_looping(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    """Inbound refuses control characters in paths; a damaged or hand-made spool entry
    with one must end in a DSN, not in retries until expiry."""
    from gateway.model import Action, Decision, Envelope
    from gateway.spool import SpoolEntry, new_queue_id

    gw = await gateway_factory(make_config(smarthost(sink)))
    entry = SpoolEntry(
        new_queue_id(),
        Envelope("a@org.test", ("b\x00@dest.test",)),
        Decision(Action.DELIVER),
        msg(subject="Lab results for patient"),
    )
    gw.spool.put(entry)
    gw.queue.notify(entry.queue_id, 0.0)
    dsn = (await sink.handler.wait_for(1))[0]
    assert dsn.mail_from == "<>" and dsn.rcpt_tos == ["a@org.test"]
    assert b"Status: 5.1.3" in dsn.data
    await wait_until(lambda: entry.queue_id not in gw.spool.ids())

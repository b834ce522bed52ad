"""The outbound client's RFC 2920 pipelining, against real servers on loopback sockets.

Scripted servers (asyncio streams) decide exactly when each reply is written, so the
tests can prove the client did not wait between MAIL, RCPT and DATA, and can split,
coalesce, inject or withhold replies the way a real network or a hostile next hop might.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable

import aiosmtplib
import pytest
import trustme

from gateway.smtp_client import MAX_QUEUED_REPLIES, PipeliningSMTP
from tests.conftest import Sink

Script = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
EHLO = b"250-scripted\r\n250-PIPELINING\r\n250-SIZE 1000000\r\n250 8BITMIME\r\n"


@contextlib.asynccontextmanager
async def scripted(script: Script) -> AsyncIterator[tuple[int, list[bytes]]]:
    """A server running ``script`` per connection; yields (port, bytes it read)."""
    seen: list[bytes] = []

    async def handle(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        try:
            await script(_Recording(r, seen), w)  # type: ignore[arg-type]
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            w.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1], seen
    finally:
        server.close()
        await server.wait_closed()


class _Recording:
    def __init__(self, r: asyncio.StreamReader, seen: list[bytes]) -> None:
        self.r, self.seen = r, seen

    async def readline(self) -> bytes:
        line = await self.r.readline()
        self.seen.append(line)
        return line

    async def readuntil(self, sep: bytes) -> bytes:
        data = await self.r.readuntil(sep)
        self.seen.append(data)
        return data


async def greet(r: asyncio.StreamReader, w: asyncio.StreamWriter, ehlo: bytes = EHLO) -> None:
    w.write(b"220 scripted ESMTP\r\n")
    assert (await r.readline()).startswith(b"EHLO")
    w.write(ehlo)
    await w.drain()


async def connect(port: int, timeout: float = 5.0) -> PipeliningSMTP:
    client = PipeliningSMTP(
        hostname="127.0.0.1", port=port, start_tls=False, timeout=timeout, local_hostname="gw.test"
    )
    await client.connect()
    await client.ehlo()
    return client


MESSAGE = b"Subject: t\r\n\r\nline\r\n.starts with a dot\r\nend\r\n"


async def test_mail_rcpt_data_are_sent_before_any_reply() -> None:
    """The server reads MAIL, both RCPTs and DATA before answering anything: a client
    that waited for the MAIL reply would hang here and time out."""

    async def script(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await greet(r, w)
        cmds = [await r.readline() for _ in range(4)]
        assert cmds[0].startswith(b"MAIL FROM:<a@org.test> size=")
        assert cmds[1:] == [b"RCPT TO:<b@x.test>\r\n", b"RCPT TO:<c@x.test>\r\n", b"DATA\r\n"]
        # All three replies in one segment: the client must split them itself.
        w.write(b"250 2.1.0 ok\r\n250 2.1.5 ok\r\n250 2.1.5 ok\r\n354 go\r\n")
        await r.readuntil(b"\r\n.\r\n")
        w.write(b"250 2.0.0 queued\r\n")
        await r.readline()  # QUIT
        w.write(b"221 bye\r\n")

    async with scripted(script) as (port, seen):
        client = await connect(port, timeout=3)
        refused, reply = await client.sendmail("a@org.test", ["b@x.test", "c@x.test"], MESSAGE)
        await client.quit()
    assert refused == {} and reply == "2.0.0 queued"
    assert client.pipelined == 1
    body = next(s for s in seen if s.endswith(b"\r\n.\r\n"))
    assert body == b"Subject: t\r\n\r\nline\r\n..starts with a dot\r\nend\r\n.\r\n"


async def test_replies_split_mid_line_and_across_segments() -> None:
    async def script(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await greet(r, w)
        for _ in range(3):
            await r.readline()
        for chunk in (b"25", b"0 ok\r\n2", b"50 ok\r", b"\n35", b"4 go\r\n"):
            w.write(chunk)
            await w.drain()
            await asyncio.sleep(0.01)
        await r.readuntil(b"\r\n.\r\n")
        w.write(b"250-multi\r\n250 line done\r\n")
        await r.readline()

    async with scripted(script) as (port, _):
        client = await connect(port)
        refused, reply = await client.sendmail("a@org.test", ["b@x.test"], MESSAGE)
        client.close()
    assert refused == {} and reply == "multi\nline done"


async def test_partial_refusal_reports_only_the_refused_recipient(sink: Sink) -> None:
    sink.handler.rcpt_replies["bad@x.test"] = "550 5.1.1 no such user"
    client = await connect(sink.port)
    refused, _ = await client.sendmail("a@org.test", ["ok@x.test", "bad@x.test"], MESSAGE)
    await client.quit()
    assert {r: v.code for r, v in refused.items()} == {"bad@x.test": 550}
    assert client.pipelined == 1
    assert [m.rcpt_tos for m in sink.messages] == [["ok@x.test"]]
    assert sink.messages[0].data.endswith(b"..starts with a dot\r\nend\r\n".replace(b"..", b"."))


async def test_sender_refused_consumes_every_reply_and_session_stays_usable() -> None:
    async def script(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await greet(r, w)
        for _ in range(3):
            await r.readline()
        w.write(b"550 5.7.1 sender refused\r\n503 5.5.1 need MAIL\r\n503 5.5.1 need MAIL\r\n")
        assert await r.readline() == b"RSET\r\n"
        w.write(b"250 reset\r\n")
        for _ in range(3):
            await r.readline()
        w.write(b"250 ok\r\n250 ok\r\n354 go\r\n")
        await r.readuntil(b"\r\n.\r\n")
        w.write(b"250 second one queued\r\n")
        await r.readline()

    async with scripted(script) as (port, _):
        client = await connect(port)
        with pytest.raises(aiosmtplib.SMTPSenderRefused) as err:
            await client.sendmail("a@org.test", ["b@x.test"], MESSAGE)
        assert err.value.code == 550 and client.in_sync
        _, reply = await client.sendmail("a@org.test", ["b@x.test"], MESSAGE)
        client.close()
    assert reply == "second one queued"


async def test_data_accepted_under_a_foreign_envelope_is_abandoned(sink: Sink) -> None:
    """MAIL refused (503: a transaction is already open) while RCPT and DATA succeed:
    the server would deliver under the old envelope, so the client hangs up instead."""
    client = await connect(sink.port)
    await client.mail("left-open@org.test")
    with pytest.raises(aiosmtplib.SMTPSenderRefused) as err:
        await client.sendmail("a@org.test", ["b@x.test"], MESSAGE)
    assert err.value.code == 503 and not client.is_connected
    await asyncio.sleep(0.1)
    assert sink.messages == []


async def test_all_refused_with_354_anyway_sends_an_empty_message_only() -> None:
    """RFC 2920 3.1: a server that accepts DATA with no valid recipient gets '.' alone."""
    after_data: list[bytes] = []

    async def script(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await greet(r, w)
        for _ in range(3):
            await r.readline()
        w.write(b"250 ok\r\n550 5.1.1 nobody\r\n354 go ahead anyway\r\n")
        after_data.append(await r.readline())
        w.write(b"554 5.5.1 no valid recipients\r\n")
        after_data.append(await r.readline())
        w.write(b"250 reset\r\n")
        await r.readline()

    async with scripted(script) as (port, _):
        client = await connect(port)
        with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as err:
            await client.sendmail("a@org.test", ["b@x.test"], MESSAGE)
        client.close()
    assert [e.code for e in err.value.recipients] == [550]
    assert after_data == [b".\r\n", b"RSET\r\n"]


async def test_without_pipelining_falls_back_to_one_command_at_a_time() -> None:
    sink = Sink()
    sink.handler.pipelining = False
    with sink:
        client = await connect(sink.port)
        refused, _ = await client.sendmail("a@org.test", ["b@x.test"], MESSAGE)
        await client.quit()
    assert refused == {} and client.pipelined == 0 and len(sink.messages) == 1


async def test_unsolicited_reply_while_idle_ends_the_session_before_sending() -> None:
    got_mail: list[bytes] = []

    async def script(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await greet(r, w)
        w.write(b"250 nobody asked\r\n")
        await w.drain()
        got_mail.append(await r.readline())

    async with scripted(script) as (port, _):
        client = await connect(port)
        await asyncio.sleep(0.1)
        assert not client.in_sync
        with pytest.raises(aiosmtplib.SMTPServerDisconnected):
            await client.sendmail("a@org.test", ["b@x.test"], MESSAGE)
        assert not client.is_connected
        await asyncio.sleep(0.1)
    assert got_mail in ([], [b""])  # nothing of the message was written


async def test_a_reply_flood_closes_the_connection() -> None:
    async def script(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await greet(r, w)
        for _ in range(3):
            await r.readline()
        w.write(b"250 ok\r\n" * (MAX_QUEUED_REPLIES + 10))
        await w.drain()
        await r.readline()

    async with scripted(script) as (port, _):
        client = await connect(port)
        with pytest.raises(aiosmtplib.SMTPException):
            await client.sendmail("a@org.test", ["b@x.test"], MESSAGE)
        assert not client.is_connected


async def test_a_silent_server_times_out_and_the_session_is_closed() -> None:
    async def script(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await greet(r, w)
        for _ in range(3):
            await r.readline()
        w.write(b"250 ok\r\n250 ok\r\n")  # ...and never answers DATA
        await w.drain()
        await asyncio.sleep(3)

    async with scripted(script) as (port, _):
        client = await connect(port, timeout=0.3)
        with pytest.raises(aiosmtplib.SMTPTimeoutError):
            await client.sendmail("a@org.test", ["b@x.test"], MESSAGE)
        assert not client.is_connected


async def test_control_characters_in_an_address_send_nothing() -> None:
    lines: list[bytes] = []

    async def script(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await greet(r, w)
        lines.append(await r.readline())

    async with scripted(script) as (port, _):
        client = await connect(port)
        with pytest.raises(ValueError):
            await client.sendmail("a@org.test", ["b\x00@x.test"], MESSAGE)
        client.close()
        await asyncio.sleep(0.05)
    assert lines in ([], [b""])


async def test_replies_injected_behind_starttls_220_are_discarded(ca: trustme.CA) -> None:
    """CVE-2011-0411 shape: plaintext queued behind the 220 must not answer EHLO."""
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)

    async def script(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await greet(r, w, EHLO.replace(b"250 8BITMIME", b"250-8BITMIME\r\n250 STARTTLS"))
        assert await r.readline() == b"STARTTLS\r\n"
        w.write(b"220 go ahead\r\n250-injected\r\n250 AUTH PLAIN\r\n")
        await w.drain()
        await w.start_tls(server_ctx)
        assert (await r.readline()).startswith(b"EHLO")
        w.write(b"250-after-tls\r\n250 PIPELINING\r\n")
        await w.drain()
        await r.readline()

    async with scripted(script) as (port, _):
        client = await connect(port)
        await client.starttls(server_hostname="127.0.0.1", tls_context=client_ctx)
        reply = await client.ehlo()
        client.close()
    assert "after-tls" in reply.message and "injected" not in reply.message


def test_wire_helpers_match_aiosmtplib_on_random_input() -> None:
    """The C-level shortcuts give exactly aiosmtplib's regex results."""
    import random

    from aiosmtplib.protocol import PERIOD_REGEX, normalize_message_line_endings

    from gateway.smtp_client import dot_stuffed, wire_normalized

    rng = random.Random(2920)
    alphabet = [b"\r\n", b"\r", b"\n", b".", b"a", b"..", b"\r\n.", b" "]
    cases = [b"", b".", b"\r\n", b".\r\n", b"a\r\n.\r\n", b"x\r"]
    cases += [b"".join(rng.choices(alphabet, k=rng.randint(0, 30))) for _ in range(5000)]
    for raw in cases:
        expected = normalize_message_line_endings(raw)
        assert wire_normalized(raw) == expected, raw
        assert dot_stuffed(expected) == PERIOD_REGEX.sub(b"..", expected), raw


async def test_pool_does_not_reuse_a_session_that_spoke_while_idle() -> None:
    """A next hop that says "421 idle timeout" but has not closed yet: the pool opens
    a fresh session instead of failing the next message on the stale one."""
    from gateway.routing import NextHop
    from gateway.transport import ConnectionPool

    async def script(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await greet(r, w)
        for _ in range(3):
            await r.readline()
        w.write(b"250 ok\r\n250 ok\r\n354 go\r\n")
        await r.readuntil(b"\r\n.\r\n")
        w.write(b"250 queued\r\n")
        await w.drain()
        await asyncio.sleep(0.05)
        w.write(b"421 4.4.2 idle timeout\r\n")  # ...and keeps the socket open
        await w.drain()
        await r.readline()

    async with scripted(script) as (port, _):
        pool = ConnectionPool("gw.test", per_host=1, command_timeout=3)
        hop = NextHop("127.0.0.1", "127.0.0.1", port)
        for _ in range(2):
            async with pool.session(hop, "none", None) as (client, _tls):
                await client.sendmail("a@org.test", ["b@x.test"], MESSAGE)
            await asyncio.sleep(0.2)
        await pool.close()
    assert pool.opened == 2


async def test_pipelining_can_be_switched_off_for_a_next_hop_that_offers_it(sink: Sink) -> None:
    """delivery.pipelining: false, for a next hop that advertises it but mishandles it."""
    from gateway.routing import NextHop
    from gateway.transport import ConnectionPool

    assert sink.handler.pipelining  # the sink offers it
    pool = ConnectionPool("gw.test", pipelining=False)
    async with pool.session(NextHop("127.0.0.1", "127.0.0.1", sink.port), "none", None) as (
        client,
        _tls,
    ):
        refused, _ = await client.sendmail("a@org.test", ["b@x.test"], MESSAGE)
    await pool.close()
    assert refused == {} and client.pipelined == 0 and len(sink.messages) == 1

"""Inbound RFC 2920 PIPELINING: advertised, answered in order, one write per group.

"One write" is observed in the kernel, not in the code: Linux's TCP_INFO counts the
data segments the client socket received (tcpi_data_segs_in), and the gateway's
sockets run with TCP_NODELAY, so each server send() is one segment on loopback.
"""

from __future__ import annotations

import socket
import struct
from typing import Any

from tests.conftest import Sink
from tests.smtpraw import RawSMTP, msg

TCPI_DATA_SEGS_IN = 152  # offset in struct tcp_info (Linux >= 4.6)


def data_segments_in(c: RawSMTP) -> int:
    sock: socket.socket = c.writer.get_extra_info("socket")
    info = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 256)
    return int(struct.unpack_from("I", info, TCPI_DATA_SEGS_IN)[0])


def smarthost(sink: Sink) -> dict[str, Any]:
    return {"delivery": {"smarthost": {"host": "127.0.0.1", "port": sink.port}}}


async def test_pipelined_group_is_answered_in_order_in_one_segment(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    gw = await gateway_factory(make_config(smarthost(sink)))
    c = await RawSMTP.connect(gw.port)
    before = data_segments_in(c)
    code, ehlo = await c.cmd("EHLO client.test")
    assert code == 250
    assert {"PIPELINING", "ENHANCEDSTATUSCODES"} <= set(ehlo.split("\n"))
    assert data_segments_in(c) - before == 1  # every EHLO line in one write

    before = data_segments_in(c)
    await c.send(
        b"MAIL FROM:<a@org.test>\r\nRCPT TO:<b@dest.test>\r\nRCPT TO:<c@dest.test>\r\nDATA\r\n"
    )
    replies = [await c.reply() for _ in range(4)]
    assert [r[0] for r in replies] == [250, 250, 250, 354]
    assert data_segments_in(c) - before == 1

    # The dot, the next transaction's envelope and a refused recipient, pipelined.
    await c.send(
        msg("pipelined") + b".\r\nMAIL FROM:<a@org.test>\r\nRCPT TO:<d@dest.test>\r\n"
        b"RCPT TO:<x@dest.test@evil.test>\r\nDATA\r\n"
    )
    replies = [await c.reply() for _ in range(5)]
    assert [r[0] for r in replies] == [250, 250, 250, 553, 354]
    assert "queued as" in replies[0][1]
    await c.send(msg("second") + b".\r\nQUIT\r\n")
    assert (await c.reply())[0] == 250
    assert (await c.reply())[0] == 221
    await c.close()
    got = await sink.handler.wait_for(2)
    assert sorted(tuple(m.rcpt_tos) for m in got) == [
        ("b@dest.test", "c@dest.test"),
        ("d@dest.test",),
    ]


async def test_replies_are_not_held_for_a_partial_line(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    """Only a complete command waiting in the buffer holds a reply back: a client that
    has sent half a line gets its answer to the whole one at once."""
    gw = await gateway_factory(make_config(smarthost(sink)))
    c = await RawSMTP.connect(gw.port)
    await c.cmd("EHLO client.test")
    await c.send(b"NOOP\r\nMAIL FROM:<a@or")
    assert (await c.reply(timeout=5))[0] == 250
    await c.send(b"g.test>\r\n")
    assert (await c.reply(timeout=5))[0] == 250
    await c.close()


async def test_quit_with_trailing_commands_still_says_goodbye(
    sink: Sink, make_config: Any, gateway_factory: Any
) -> None:
    gw = await gateway_factory(make_config(smarthost(sink)))
    c = await RawSMTP.connect(gw.port)
    await c.cmd("EHLO client.test")
    await c.send(b"NOOP\r\nQUIT\r\nNOOP\r\n")
    assert (await c.reply())[0] == 250
    code, text = await c.reply()
    assert code == 221 and text.startswith("2.0.0")
    assert (await c.reply())[0] == 0  # closed, the trailing NOOP unanswered
    await c.close()

"""A real Postfix using the gateway as its relayhost (smarthost)."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Sink
from tests.smtpraw import send_message
from tests.support.postfix import PostfixInstance, available

pytestmark = [
    pytest.mark.postfix,
    pytest.mark.skipif(
        not available(),
        reason="Debian postfix package not installed (the test command installs it)",
    ),
]


async def test_postfix_relays_through_gateway_over_starttls(
    sink: Sink, make_config: Any, gateway_factory: Any, tmp_path: Path
) -> None:
    gw = await gateway_factory(
        make_config(delivery={"smarthost": {"host": "127.0.0.1", "port": sink.port}})
    )
    # encrypt = Postfix must use STARTTLS to the gateway (no verification: dev cert).
    pf = PostfixInstance(None, ("127.0.0.1", gw.port), smtp_tls_security_level="encrypt")
    await asyncio.to_thread(pf.start)
    try:
        body = b"Line one\r\n..dot line\r\n" + b"z" * 900 + b"\r\n"
        raw = b"From: ehr@org.test\r\nTo: pat@dest.test\r\nSubject: via postfix\r\n\r\n" + body
        replies = await send_message(pf.port, "ehr@org.test", ["pat@dest.test"], raw)
        assert replies[-1][0] == 250, replies
        got = await sink.handler.wait_for(1, timeout=30)
        assert len(got) == 1, pf.log()[-3000:]
        data = got[0].data
        assert data.endswith(body.replace(b"\r\n..", b"\r\n."))
        # Trace: the gateway's Received (ESMTPS from Postfix) above Postfix's own.
        received = re.findall(rb"^Received: from (\S+)", data, re.M)
        assert received[0] == b"postfix.test"
        assert b"with ESMTPS id" in data.split(b"\r\n\r\n")[0]
        # Postfix's log shows the delivery to the gateway with status=sent.
        deadline = time.monotonic() + 10
        while "status=sent" not in pf.log() and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        assert f"relay=127.0.0.1[127.0.0.1]:{gw.port}" in pf.log()
        assert "TLS connection established to 127.0.0.1" in pf.log() or "status=sent" in pf.log()
    finally:
        await asyncio.to_thread(pf.stop)
        pf.cleanup()

"""Rough figures for docs/portal.md: `python -m tests.portal.bench_portal` (not a test).

Measures store put/open for a 100 KB message (AES-GCM + fsync + SQLite) and sequential
HTTPS requests for the message page (session cookie, decrypt, parse, sanitise, render).
"""

from __future__ import annotations

import asyncio
import re
import ssl
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

import aiohttp

from gateway.portal.crypto import server_ssl_context
from gateway.portal.settings import PortalSettings
from gateway.portal.store import OpenedMessage, SqlitePortalStore
from gateway.portal.web import PortalApp


def message(size: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "a@clinic.example"
    msg["To"] = "b@example.net"
    msg["Subject"] = "bench"
    msg.set_content("x" * 1000)
    msg.add_alternative("<p>" + "hello <b>world</b> " * 200 + "</p>", subtype="html")
    msg.add_attachment(b"\0" * size, maintype="application", subtype="pdf", filename="a.pdf")
    return msg.as_bytes()


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = PortalSettings(
            dir=Path(tmp) / "p", dev_cert_dir=Path(tmp), code_resend_seconds=0
        )
        store = SqlitePortalStore(settings, bytes(32))
        raw = message(100_000)
        n = 200
        t0 = time.perf_counter()
        tickets = [store.put(raw, "a@clinic.example", ["b@example.net"], "Q")[0] for _ in range(n)]
        put_s = (time.perf_counter() - t0) / n
        t0 = time.perf_counter()
        for t in tickets:
            assert isinstance(store.open(t.token), OpenedMessage)
        open_s = (time.perf_counter() - t0) / n
        print(f"store.put  {len(raw)} B: {put_s * 1000:.2f} ms each ({1 / put_s:.0f}/s)")
        print(f"store.open {len(raw)} B: {open_s * 1000:.2f} ms each ({1 / open_s:.0f}/s)")

        sent: list[bytes] = []

        async def send(mail_from: str, rcpts: object, data: bytes) -> None:
            sent.append(data)

        app = PortalApp(settings, store, send)
        port = await app.start("127.0.0.1", 0, server_ssl_context(settings))
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        link = f"https://127.0.0.1:{port}/p/{tickets[0].token}"
        async with aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(ssl=ctx), cookie_jar=aiohttp.CookieJar(unsafe=True)
        ) as http:
            async with http.get(link) as r:
                m = re.search(r'name="csrf" value="([^"]+)"', await r.text())
                assert m
                csrf = m.group(1)
            async with http.post(f"{link}/code", data={"csrf": csrf}) as r:
                assert r.status == 200
            code = re.search(rb"^\s+(\d{6})\s*$", sent[-1], re.M)
            assert code
            async with http.post(
                f"{link}/verify", data={"csrf": csrf, "code": code.group(1).decode()}
            ) as r:
                assert r.status == 200
            reqs = 200
            t0 = time.perf_counter()
            for _ in range(reqs):
                async with http.get(f"{link}/message") as r:
                    assert r.status == 200
                    await r.read()
            per = (time.perf_counter() - t0) / reqs
            print(f"GET /message (100 KB msg, keep-alive, sequential): {per * 1000:.2f} ms each")
        await app.stop()
        store.close()


if __name__ == "__main__":
    asyncio.run(main())

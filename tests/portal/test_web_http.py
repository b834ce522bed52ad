"""The pickup site over real HTTPS without a browser: headers, CSRF, access control."""

from __future__ import annotations

import asyncio
import re
import ssl
from collections.abc import AsyncIterator

import aiohttp
import pytest

from gateway.portal.store import PickupTicket
from gateway.portal.web import parse_message, sanitise_html

from .conftest import Clock, RunningPortal, Sink
from .test_store import RCPT, SENDER, canary_message

REQUIRED = {
    "Strict-Transport-Security": "max-age=31536000",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@pytest.fixture
async def client() -> AsyncIterator[aiohttp.ClientSession]:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    jar = aiohttp.CookieJar(unsafe=True)  # cookies for an IP-address host
    async with aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(ssl=ctx), cookie_jar=jar
    ) as session:
        yield session


def check_headers(resp: aiohttp.ClientResponse) -> None:
    for name, value in REQUIRED.items():
        assert resp.headers.get(name) == value, name
    csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "script-src" not in csp and "unsafe-inline" not in csp


def csrf_of(page: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', page)
    assert m
    return m.group(1)


async def sign_in(
    client: aiohttp.ClientSession, portal: RunningPortal, sink: Sink, ticket: PickupTicket
) -> str:
    link = f"{portal.base}/p/{ticket.token}"
    async with client.get(link) as r:
        csrf = csrf_of(await r.text())
    async with client.post(f"{link}/code", data={"csrf": csrf}, allow_redirects=False) as r:
        assert r.status == 303
    code = re.search(r"\b(\d{6})\b", (await sink.next()).message.get_content())
    assert code
    async with client.post(
        f"{link}/verify", data={"csrf": csrf, "code": code.group(1)}, allow_redirects=False
    ) as r:
        assert r.status == 303 and r.headers["Location"].endswith("/message")
    return link


async def test_security_headers_everywhere(
    portal: RunningPortal, client: aiohttp.ClientSession
) -> None:
    ticket = portal.store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    for path, status in [
        ("/", 200),
        ("/static/portal.css", 200),
        (f"/p/{ticket.token}", 200),
        ("/p/" + "A" * 43, 404),
        ("/nope", 404),
    ]:
        async with client.get(portal.base + path) as r:
            assert r.status == status, path
            check_headers(r)


async def test_csrf_and_origin_enforced(
    portal: RunningPortal, client: aiohttp.ClientSession, sink: Sink
) -> None:
    ticket = portal.store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    link = f"{portal.base}/p/{ticket.token}"
    async with client.get(link) as r:
        csrf = csrf_of(await r.text())
    async with client.post(f"{link}/code", data={"csrf": "forged"}) as r:
        assert r.status == 403
    async with client.post(
        f"{link}/code", data={"csrf": csrf}, headers={"Origin": "https://evil.example"}
    ) as r:
        assert r.status == 403
    async with client.post(
        f"{link}/code", data={"csrf": csrf}, headers={"Sec-Fetch-Site": "cross-site"}
    ) as r:
        assert r.status == 403
    assert sink.queue.empty()
    assert "code_sent" not in portal.names()

    await sign_in(client, portal, sink, ticket)
    async with client.post(f"{link}/reply", data={"csrf": csrf, "text": "hi"}) as r:
        assert r.status == 403  # the pre-login token is not the session's
    assert sink.queue.empty()


async def test_message_needs_session_and_download_is_inert(
    portal: RunningPortal, client: aiohttp.ClientSession, sink: Sink
) -> None:
    ticket = portal.store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    link = f"{portal.base}/p/{ticket.token}"
    for path in ("/message", "/a/0", "/sent"):
        async with client.get(link + path, allow_redirects=False) as r:
            assert r.status == 303 and r.headers["Location"] == f"/p/{ticket.token}"
    assert "viewed" not in portal.names()

    await sign_in(client, portal, sink, ticket)
    async with client.get(f"{link}/a/0") as r:
        assert r.status == 200
        assert r.headers["Content-Type"] == "application/octet-stream"
        assert r.headers["Content-Disposition"].startswith("attachment;")
        assert "sandbox" in r.headers["Content-Security-Policy"]
        assert b"attachment CANARY" in await r.read()
    async with client.get(f"{link}/a/7") as r:
        assert r.status == 404
    # A session for one ticket does not open another recipient's ticket.
    other = portal.store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    async with client.get(f"{portal.base}/p/{other.token}/message", allow_redirects=False) as r:
        assert r.status == 303
    assert_audit_compatible(portal.events)


def assert_audit_compatible(events: list[tuple[str, dict[str, object]]]) -> None:
    """Events and field names are ones gateway.audit accepts; no content in any value."""
    audit = pytest.importorskip("gateway.audit")
    assert events
    for event, fields in events:
        assert event in audit.EVENTS, event
        assert set(fields) <= audit.ALLOWED_FIELDS, (event, fields)
        assert not any("CANARY" in str(v) for v in fields.values())
        # Addresses only in fields gateway.audit hashes.
        assert all("@" not in str(v) for k, v in fields.items() if k != "recipient")


async def test_send_failure_is_reported_without_detail(
    portal: RunningPortal, client: aiohttp.ClientSession
) -> None:
    async def broken(mail_from: str, rcpts: object, raw: bytes) -> None:
        raise ConnectionRefusedError("patient.canary@example.net refused")

    portal.app._send_mail = broken
    ticket = portal.store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    link = f"{portal.base}/p/{ticket.token}"
    async with client.get(link) as r:
        csrf = csrf_of(await r.text())
    async with client.post(f"{link}/code", data={"csrf": csrf}) as r:
        assert r.status == 503
        assert "canary" not in (await r.text()).lower()


def test_sanitiser_allow_list() -> None:
    dirty = (
        '<p onclick="x()">Hi <b>there</b></p><script>alert(1)</script>'
        '<img src="https://tracker.example/p.gif"><a href="javascript:alert(1)">j</a>'
        '<a href="https://ok.example/">ok</a><style>p{}</style>'
        '<iframe src="https://x.example"></iframe><form action="https://x"><input></form>'
        '<div style="background:url(https://x.example/bg)">s</div>'
        '<svg><use href="https://x.example/#a"/></svg><link rel=stylesheet href="https://x">'
    )
    clean = sanitise_html(dirty)
    for bad in ("script", "onclick", "img", "javascript", "iframe", "style", "form", "svg",
                "link", "tracker", "x.example"):  # fmt: skip
        assert bad not in clean, bad
    assert "<b>there</b>" in clean
    assert 'href="https://ok.example/"' in clean and "noopener" in clean


def test_parse_message_lists_attachments() -> None:
    rendered = parse_message(canary_message())
    assert rendered.subject.startswith("Results CANARY")
    assert rendered.text is not None and "Body text" in rendered.text
    assert rendered.html is None
    assert [a.filename for a in rendered.attachments] == ["CANARY-7f3a9-Diagnosis-E11.9.pdf"]


async def test_sign_out_ends_session(
    portal: RunningPortal, client: aiohttp.ClientSession, sink: Sink
) -> None:
    ticket = portal.store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    link = await sign_in(client, portal, sink, ticket)
    async with client.get(f"{link}/message") as r:
        page = await r.text()
        assert r.status == 200 and "Sign out" in page
    session_csrf = re.findall(r'name="csrf" value="([^"]+)"', page)[-1]
    async with client.post(f"{link}/signout", data={"csrf": session_csrf}) as r:
        assert r.status == 200 and "Signed out" in await r.text()
    async with client.get(f"{link}/message", allow_redirects=False) as r:
        assert r.status == 303


async def test_running_portal_sweeps_expired_messages(
    portal: RunningPortal, clock: Clock, sink: Sink
) -> None:
    from gateway.portal.web import PortalApp

    ticket = portal.store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    clock.t += portal.settings.expiry_days * 86400 + 1
    app = PortalApp(portal.settings, portal.store, sink.send)
    await app.start("127.0.0.1", 0, None)
    try:
        deadline = asyncio.get_running_loop().time() + 5
        while portal.store.list_messages()[0].state != "expired":
            assert asyncio.get_running_loop().time() < deadline, "sweeper did not run"
            await asyncio.sleep(0.02)
    finally:
        await app.stop()
    assert (
        "expired",
        {"message_id": ticket.message_id, "queue_id": "Q", "reason": "ttl"},
    ) in portal.store.audit_events  # type: ignore[attr-defined]


async def test_unrecordable_view_is_not_shown(
    portal: RunningPortal, client: aiohttp.ClientSession, sink: Sink
) -> None:
    ticket = portal.store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    link = await sign_in(client, portal, sink, ticket)

    def failing(event: str, fields: dict[str, object]) -> None:
        raise RuntimeError("audit disk full")

    portal.app._audit = failing
    for path in ("/message", "/a/0"):
        async with client.get(link + path) as r:
            assert r.status == 500
            assert b"CANARY" not in await r.read()

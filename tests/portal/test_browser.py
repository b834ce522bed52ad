"""The recipient journey in headless Debian chromium driven by Playwright.

Mail moves over real SMTP: the portal's send_mail delivers to an aiosmtpd sink on
127.0.0.1, where the test reads the notification link and the code email. Screenshots
of every page land in tests/portal/screenshots/ for review.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any, cast

import pytest
from playwright.async_api import Browser, Page, Response, ViewportSize, async_playwright

from gateway.portal.notify import build_notification
from gateway.portal.store import PickupTicket

from .conftest import Clock, RunningPortal, Sink
from .test_web_http import assert_audit_compatible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian chromium"),
]


CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = Path(__file__).parent / "screenshots"
CANARY = "CANARY-b41d2-Oncology"
SENDER = "dr.house@clinic.example"
RECIPIENT = "patient@example.net"
ATTACHMENT = b"%PDF-1.4 pretend lab results " + CANARY.encode()


def html_message() -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Dr House <{SENDER}>"
    msg["To"] = RECIPIENT
    msg["Subject"] = f"Your lab results {CANARY}"
    msg["Message-ID"] = "<orig-1@clinic.example>"
    msg.set_content(f"Dear patient,\n\nYour results are attached. {CANARY}\n")
    msg.add_alternative(
        "<html><head><title>t</title><style>body{background:red}</style>"
        '<link rel="stylesheet" href="http://127.0.0.1:9/remote.css"></head><body>'
        f"<h2>Dear patient</h2><p>Your results are <b>attached</b>. {CANARY}</p>"
        "<script>window.__pwned = 'script';</script>"
        '<img src="http://127.0.0.1:9/track.gif" onerror="window.__pwned=\'onerror\'">'
        "<p onmouseover=\"window.__pwned='handler'\">Hover</p>"
        '<a href="javascript:window.__pwned=1">bad link</a>'
        "<table><tr><th>Test</th><td>Normal</td></tr></table></body></html>",
        subtype="html",
    )
    msg.add_attachment(
        ATTACHMENT, maintype="application", subtype="pdf", filename="lab-results.pdf"
    )
    return msg.as_bytes()


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    SHOTS.mkdir(exist_ok=True)
    async with async_playwright() as p:
        b = await p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        await b.close()


async def new_page(browser: Browser, mobile: bool = False) -> Page:
    # The portal uses a self-signed dev certificate; the test accepts it explicitly.
    viewport: ViewportSize = (
        {"width": 390, "height": 844} if mobile else {"width": 1100, "height": 900}
    )
    ctx = await browser.new_context(
        ignore_https_errors=True, accept_downloads=True, viewport=viewport
    )
    return await ctx.new_page()


async def deliver_notification(portal: RunningPortal, sink: Sink, ticket: PickupTicket) -> str:
    """What the lead's router does: send the notification through SMTP; return the link."""
    raw = build_notification(ticket, portal.settings)
    await sink.send(portal.settings.notify_from, [ticket.recipient], raw)
    got = await sink.next()
    assert got.rcpt_tos == [ticket.recipient]
    assert CANARY.encode() not in got.raw and b"lab-results" not in got.raw
    m = re.search(r"https://\S+/p/[A-Za-z0-9_-]{43}", got.message.get_content())
    assert m, "no link in the notification"
    return m.group(0)


async def code_from_sink(sink: Sink) -> str:
    got = await sink.next()
    assert got.rcpt_tos == [RECIPIENT]
    m = re.search(r"^\s+(\d{6})\s*$", got.message.get_content(), re.M)
    assert m, "no code in the code email"
    return m.group(1)


async def goto(page: Page, url: str) -> Response:
    resp = await page.goto(url)
    assert resp is not None
    return resp


async def shot(page: Page, name: str) -> None:
    await page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


async def test_full_recipient_journey(
    browser: Browser, portal: RunningPortal, sink: Sink, tmp_path: Path
) -> None:
    ticket = portal.store.put(html_message(), SENDER, [RECIPIENT], "Q-journey")[0]
    link = await deliver_notification(portal, sink, ticket)
    page = await new_page(browser)
    origin = portal.base
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))

    resp = await goto(page, link)
    assert resp.status == 200
    assert resp.headers["content-security-policy"].startswith("default-src 'none'")
    assert resp.headers["strict-transport-security"] == "max-age=31536000"
    assert await page.inner_text("h1") == "You have a secure message"
    assert await page.get_attribute("html", "lang") == "en"
    await shot(page, "01-landing")

    await page.get_by_role("button", name="Email me a code").click()
    await page.wait_for_url(re.compile(r"/verify$"))
    await shot(page, "02-enter-code")
    code = await code_from_sink(sink)

    await page.get_by_label("One-time code").fill(code)
    await page.get_by_role("button", name="Continue").click()
    await page.wait_for_url(re.compile(r"/message$"))
    assert CANARY in await page.inner_text("h1")
    body = await page.inner_text(".message-html")
    assert "Your results are attached." in body and CANARY in body
    html = await page.inner_html(".message-html")
    for bad in ("<script", "onerror", "onmouseover", "javascript:", "<img", "127.0.0.1:9"):
        assert bad not in html, bad
    assert await page.evaluate("typeof window.__pwned") == "undefined"
    # Nothing outside the portal's origin was requested (no remote content, no trackers).
    assert requests and all(u.startswith(origin) for u in requests), requests
    await shot(page, "03-message")
    mobile = await new_page(browser, mobile=True)
    await mobile.context.add_cookies(cast(Any, await page.context.cookies()))
    await goto(mobile, link + "/message")
    await shot(mobile, "03b-message-phone")
    await mobile.context.close()

    async with page.expect_download() as dl_info:
        await page.get_by_role("link", name="lab-results.pdf").click()
    download = await dl_info.value
    assert download.suggested_filename == "lab-results.pdf"
    saved = tmp_path / "dl.pdf"
    await download.save_as(saved)
    assert saved.read_bytes() == ATTACHMENT

    await page.get_by_label("Your reply to the sender").fill("Thanks, doctor. See you Tuesday.")
    await page.get_by_role("button", name="Send reply").click()
    await page.wait_for_url(re.compile(r"/sent$"))
    assert await page.inner_text("h1") == "Reply sent"
    await shot(page, "04-reply-sent")
    reply = await sink.next()
    assert reply.rcpt_tos == [SENDER]
    assert reply.mail_from == portal.settings.notify_from
    msg = reply.message
    assert msg["In-Reply-To"] == "<orig-1@clinic.example>"
    assert msg["Reply-To"] == RECIPIENT
    assert "Thanks, doctor. See you Tuesday." in msg.get_content()

    # Reopening the emailed link with a live session goes straight to the message.
    await goto(page, link)
    assert page.url.endswith("/message")

    names = portal.names()
    for event in ("viewed", "downloaded", "replied"):
        assert event in names, event
    assert all(f.get("message_id") == ticket.message_id for _, f in portal.events)
    assert all(f.get("queue_id") == "Q-journey" for _, f in portal.events)
    assert all(f.get("recipient") == RECIPIENT for _, f in portal.events)
    assert_audit_compatible(portal.events)
    await page.context.close()


async def test_failure_paths(
    browser: Browser, portal: RunningPortal, sink: Sink, clock: Clock
) -> None:
    page = await new_page(browser)
    limit = portal.settings.max_code_attempts

    # Wrong code repeatedly -> locked; then even the right code cannot open it.
    locked = portal.store.put(html_message(), SENDER, [RECIPIENT], "Q-lock")[0]
    link = await deliver_notification(portal, sink, locked)
    await goto(page, link)
    await page.get_by_role("button", name="Email me a code").click()
    await page.wait_for_url(re.compile(r"/verify$"))
    code = await code_from_sink(sink)
    wrong = "000000" if code != "000000" else "111111"
    for attempt in range(1, limit):
        await page.get_by_label("One-time code").fill(wrong)
        await page.get_by_role("button", name="Continue").click()
        alert = page.get_by_role("alert")
        await alert.wait_for()
        assert f"{limit - attempt} attempt" in await alert.inner_text()
        if attempt == 1:
            await shot(page, "05-wrong-code")
    await page.get_by_label("One-time code").fill(wrong)
    await page.get_by_role("button", name="Continue").click()
    await page.get_by_role("heading", name="Message locked").wait_for()
    await shot(page, "06-locked")
    resp = await goto(page, link)
    assert resp.status == 403
    assert portal.names().count("code_failed") == limit and "locked" in portal.names()
    attempts = [f["attempt"] for e, f in portal.events if e == "code_failed"]
    assert attempts == list(range(1, limit + 1))
    assert "viewed" not in portal.names()

    # Tampered token: one character changed -> "not valid", same as unknown.
    tampered = link[:-1] + ("A" if link[-1] != "A" else "B")
    resp = await goto(page, tampered)
    assert resp.status == 404
    assert await page.inner_text("h1") == "Link not valid"
    await shot(page, "07-invalid-link")

    # Revoked by the sender.
    revoked = portal.store.put(html_message(), SENDER, [RECIPIENT], "Q-rev")[0]
    link = await deliver_notification(portal, sink, revoked)
    assert portal.store.revoke(revoked.message_id)
    resp = await goto(page, link)
    assert resp.status == 410
    assert await page.inner_text("h1") == "Message withdrawn"
    await shot(page, "08-revoked")

    # Expired: read once, then the clock passes expiry; a live session does not help.
    expiring = portal.store.put(html_message(), SENDER, [RECIPIENT], "Q-exp")[0]
    link = await deliver_notification(portal, sink, expiring)
    await goto(page, link)
    await page.get_by_role("button", name="Email me a code").click()
    await page.wait_for_url(re.compile(r"/verify$"))
    await page.get_by_label("One-time code").fill(await code_from_sink(sink))
    await page.get_by_role("button", name="Continue").click()
    await page.wait_for_url(re.compile(r"/message$"))
    clock.t += portal.settings.expiry_days * 86400 + 1
    resp = await goto(page, link + "/message")
    assert resp.status == 410
    assert await page.inner_text("h1") == "Message expired"
    await shot(page, "09-expired")
    assert expiring.message_id in portal.store.expire()
    resp = await goto(page, link)
    assert resp.status == 410
    assert_audit_compatible(portal.events + portal.store.audit_events)  # type: ignore[attr-defined]
    await page.context.close()


def teardown_module() -> None:
    # Keep the screenshots (gitignored) but no stray Playwright temp dirs in the tree.
    shutil.rmtree(SHOTS / ".tmp", ignore_errors=True)

"""HTTPS pickup site (aiohttp): link -> emailed one-time code -> read, download, reply.

Security choices, each for a reason:
- Every response carries HSTS, a CSP with default-src 'none' (no script at all, only our
  stylesheet; sender HTML can load nothing even if the sanitiser missed something),
  no-store (shared computers), frame-ancestors 'none', nosniff and no-referrer (the link
  token is in the URL and must not leak to sites the message links to).
- Forms carry CSRF tokens: a double-submit cookie before sign-in, the session's own token
  after; the Origin header, when sent, must be ours.
- aiohttp's access log is off: request paths hold link tokens, which are credentials.
- Unknown and tampered tokens get the same 404, so the site is no oracle for tokens.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email.policy
import html
import logging
import secrets
import ssl
import urllib.parse
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.parser import BytesParser
from importlib import resources
from typing import cast

import nh3
from aiohttp import web

from gateway.portal.notify import build_code_email, build_reply
from gateway.portal.settings import PortalSettings
from gateway.portal.store import (
    AuditFn,
    CodeIssueResult,
    CodeResult,
    OpenedMessage,
    PortalStore,
    Session,
    TicketStatus,
)

log = logging.getLogger(__name__)

SendMail = Callable[[str, Sequence[str], bytes], Awaitable[None]]

SESSION_COOKIE = "__Host-portal_session"
CSRF_COOKIE = "__Host-portal_csrf"

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'none'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Strict-Transport-Security": "max-age=31536000",
    "Content-Security-Policy": CSP,
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "X-Robots-Tag": "noindex, nofollow",
}

# Allow-list for sender HTML (nh3 = ammonia): structure and text formatting only. No img,
# no style/class attributes, no forms, no media: nothing that fetches or runs anything.
_HTML_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div",
    "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "li",
    "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
_HTML_ATTRS = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}


def sanitise_html(fragment: str) -> str:
    """Sender HTML reduced to the allow-list; scripts, handlers and remote content removed."""
    return nh3.clean(
        fragment,
        tags=_HTML_TAGS,
        clean_content_tags={"script", "style", "title", "head"},
        attributes=_HTML_ATTRS,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class RenderedMessage:
    subject: str
    date: str
    message_id: str | None
    text: str | None
    html: str | None
    attachments: tuple[Attachment, ...]


def _one_line(value: object) -> str:
    return " ".join(str(value or "").split())


def _part_text(part: EmailMessage) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError, ValueError):
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""


def parse_message(raw: bytes) -> RenderedMessage:
    """Pick the text and HTML bodies and list every other leaf part as an attachment."""
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    text_part = msg.get_body(preferencelist=("plain",))
    html_part = msg.get_body(preferencelist=("html",))
    attachments: list[Attachment] = []
    for part in msg.walk():
        if part.is_multipart() or part is text_part or part is html_part:
            continue
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        name = part.get_filename() or f"attachment-{len(attachments) + 1}"
        attachments.append(Attachment(_one_line(name), part.get_content_type(), data))
    return RenderedMessage(
        subject=_one_line(msg.get("Subject", "")),
        date=_one_line(msg.get("Date", "")),
        message_id=_one_line(msg.get("Message-ID")) or None,
        text=_part_text(cast(EmailMessage, text_part)) if text_part is not None else None,
        html=sanitise_html(_part_text(cast(EmailMessage, html_part)))
        if html_part is not None
        else None,
        attachments=tuple(attachments),
    )


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"


class PortalApp:
    """The pickup web application; one instance serves every stored message."""

    def __init__(
        self,
        settings: PortalSettings,
        store: PortalStore,
        send_mail: SendMail,
        audit: AuditFn | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self._send_mail = send_mail
        self._audit = audit
        self._runner: web.AppRunner | None = None
        self._sweeper: asyncio.Task[None] | None = None
        self.port: int | None = None
        self._css = (resources.files("gateway.portal") / "static" / "portal.css").read_bytes()
        self.app = self._build()

    # -- plumbing ------------------------------------------------------------------

    def _build(self) -> web.Application:
        # Room for the largest reply plus form encoding overhead, nothing more.
        app = web.Application(client_max_size=self.settings.max_reply_bytes * 4 + 16384)
        app.on_response_prepare.append(self._security_headers)
        app.router.add_get("/", self._index)
        app.router.add_get("/static/portal.css", self._static_css)
        app.router.add_get("/p/{token}", self._landing)
        app.router.add_post("/p/{token}/code", self._send_code)
        app.router.add_get("/p/{token}/verify", self._verify_form)
        app.router.add_post("/p/{token}/verify", self._verify)
        # No HEAD on audited pages: a HEAD probe must not record a view or a download.
        app.router.add_get("/p/{token}/message", self._message, allow_head=False)
        app.router.add_get("/p/{token}/a/{index:\\d{1,4}}", self._download, allow_head=False)
        app.router.add_post("/p/{token}/reply", self._reply)
        app.router.add_get("/p/{token}/sent", self._sent)
        app.router.add_post("/p/{token}/signout", self._signout)
        return app

    async def start(self, host: str, port: int, ssl_context: ssl.SSLContext | None) -> int:
        """Serve on host:port (0 picks a free port); returns the bound port."""
        # access_log=None: request lines contain link tokens (credentials).
        self._runner = web.AppRunner(self.app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, ssl_context=ssl_context)
        await site.start()
        addresses = self._runner.addresses
        self.port = int(addresses[0][1]) if addresses else port
        if self.settings.expire_interval_seconds > 0:
            self._sweeper = asyncio.create_task(self._sweep(), name="portal-expiry")
        return self.port

    async def _sweep(self) -> None:
        """Expire messages periodically so ciphertext does not outlive its retention."""
        while True:
            try:
                expired = await asyncio.to_thread(self.store.expire)
                if expired:
                    log.info("portal expired %d message(s)", len(expired))
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("portal expiry sweep failed")
            await asyncio.sleep(self.settings.expire_interval_seconds)

    async def start_configured(self) -> int:
        """Serve on portal.host:portal.port with the configured (or dev) certificate."""
        from gateway.portal.crypto import server_ssl_context

        return await self.start(
            self.settings.host, self.settings.port, server_ssl_context(self.settings)
        )

    async def stop(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
            self._sweeper = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _security_headers(self, request: web.Request, response: web.StreamResponse) -> None:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)

    def _emit(self, event: str, **fields: object) -> None:
        """Record an audit event before the action it records takes effect.

        A failing callback propagates (the request fails with a bare 500): under HIPAA
        164.312(b) a disclosure we cannot record is one we must not make.
        """
        if self._audit is not None:
            self._audit(event, dict(fields))

    @staticmethod
    def _who(opened: OpenedMessage) -> dict[str, object]:
        # The recipient is the verified reader; gateway.audit stores it as a keyed hash.
        return {
            "message_id": opened.message_id,
            "queue_id": opened.queue_id,
            "recipient": opened.recipient,
        }

    @staticmethod
    def _note(event: str, **fields: object) -> None:
        # Events gateway.audit does not (yet) allow: ids only, to the log.
        log.info("portal %s %s", event, " ".join(f"{k}={v}" for k, v in sorted(fields.items())))

    def _page(
        self, title: str, body: str, *, status: int = 200, cookies: dict[str, str] | None = None
    ) -> web.Response:
        doc = (
            '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="referrer" content="no-referrer">\n'
            f"<title>{_e(title)} · {_e(self.settings.org_name)}</title>\n"
            '<link rel="stylesheet" href="/static/portal.css">\n</head>\n<body>\n'
            '<a class="skip" href="#main">Skip to content</a>\n'
            f'<header class="site"><p>{_e(self.settings.org_name)} · Secure messages</p></header>\n'
            f'<main id="main">\n{body}\n</main>\n'
            "<footer><p>This page is private to you. Close the browser tab when you are "
            "done, especially on a shared computer.</p></footer>\n</body>\n</html>\n"
        )
        resp = web.Response(text=doc, status=status, content_type="text/html", charset="utf-8")
        for name, value in (cookies or {}).items():
            self._set_cookie(resp, name, value)
        return resp

    def _set_cookie(self, resp: web.StreamResponse, name: str, value: str) -> None:
        # __Host- prefix: Secure, Path=/, no Domain, so no sibling host can set or read it.
        # Lax for the session so reopening the emailed link keeps the reader signed in;
        # every state-changing request also needs a CSRF token.
        resp.set_cookie(
            name,
            value,
            secure=True,
            httponly=True,
            path="/",
            samesite="Lax" if name == SESSION_COOKIE else "Strict",
            max_age=self.settings.session_ttl_seconds,
        )

    def _status_page(self, status: TicketStatus) -> web.Response:
        pages = {
            TicketStatus.UNKNOWN: (
                404,
                "Link not valid",
                "This link is not valid. Check that you opened the whole link from your "
                "email, or ask the sender to send the message again.",
            ),
            TicketStatus.EXPIRED: (
                410,
                "Message expired",
                "This secure message has expired and has been deleted. Ask the sender to "
                "send it again if you still need it.",
            ),
            TicketStatus.REVOKED: (
                410,
                "Message withdrawn",
                "The sender has withdrawn this secure message. It can no longer be read.",
            ),
            TicketStatus.LOCKED: (
                403,
                "Message locked",
                "This message is locked because an incorrect code was entered too many "
                "times. Contact the sender to have it unlocked.",
            ),
        }
        code, title, text = pages.get(status, pages[TicketStatus.UNKNOWN])
        return self._page(
            title,
            f'<h1>{_e(title)}</h1>\n<p class="error" role="alert">{_e(text)}</p>',
            status=code,
        )

    def _csrf_cookie(self, request: web.Request) -> tuple[str, dict[str, str]]:
        existing = request.cookies.get(CSRF_COOKIE, "")
        if 30 <= len(existing) <= 100:
            return existing, {}
        token = secrets.token_urlsafe(32)
        return token, {CSRF_COOKIE: token}

    def _origin_ok(self, request: web.Request) -> bool:
        """Second line of CSRF defence behind the tokens.

        Fetch Metadata first: browsers that send Sec-Fetch-Site say exactly where a form
        came from. Origin is only usable when it is not "null": under our own
        Referrer-Policy: no-referrer, Chromium sends "Origin: null" on same-origin POSTs.
        """
        site = request.headers.get("Sec-Fetch-Site")
        if site is not None:
            return site == "same-origin"
        origin = request.headers.get("Origin")
        return origin in (None, "null") or origin == f"{request.scheme}://{request.host}"

    async def _check_prelogin_csrf(self, request: web.Request) -> web.Response | None:
        form = await request.post()
        sent = str(form.get("csrf", ""))
        cookie = request.cookies.get(CSRF_COOKIE, "")
        if not self._origin_ok(request) or not cookie or not secrets.compare_digest(sent, cookie):
            return self._page(
                "Form expired",
                '<h1>Form expired</h1>\n<p class="error" role="alert">This form has expired. '
                "Go back, reload the page and try again.</p>",
                status=403,
            )
        return None

    async def _session(self, request: web.Request, ticket_id: str) -> Session | None:
        sid = request.cookies.get(SESSION_COOKIE, "")
        if not sid:
            return None
        session = await asyncio.to_thread(self.store.get_session, sid)
        if session is None or not secrets.compare_digest(session.ticket_id, ticket_id):
            return None
        return session

    def _redirect(self, location: str) -> web.Response:
        # 303: after a POST the browser must GET the next page (no resubmission on reload).
        return web.Response(status=303, headers={"Location": location})

    # -- pages -----------------------------------------------------------------------

    async def _index(self, request: web.Request) -> web.Response:
        return self._page(
            "Secure messages",
            "<h1>Secure messages</h1>\n<p>To read a secure message, open the link in the "
            "email that told you about it.</p>",
        )

    async def _static_css(self, request: web.Request) -> web.Response:
        return web.Response(body=self._css, content_type="text/css", charset="utf-8")

    async def _landing(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        info = await asyncio.to_thread(self.store.lookup, token)
        if info.status is not TicketStatus.ACTIVE:
            self._note("denied", status=info.status, message_id=info.message_id or "-")
            return self._status_page(info.status)
        if await self._session(request, info.ticket_id) is not None:
            return self._redirect(f"/p/{token}/message")
        csrf, cookies = self._csrf_cookie(request)
        body = (
            "<h1>You have a secure message</h1>\n"
            "<p>To protect your privacy, we need to confirm that this email address is "
            "yours before showing the message.</p>\n"
            "<p>We will email you a one-time code, separately from the link.</p>\n"
            f'<form method="post" action="/p/{_e(token)}/code">\n'
            f'<input type="hidden" name="csrf" value="{_e(csrf)}">\n'
            '<button type="submit">Email me a code</button>\n</form>'
        )
        return self._page("Secure message", body, cookies=cookies)

    async def _send_code(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        if (denied := await self._check_prelogin_csrf(request)) is not None:
            return denied
        info = await asyncio.to_thread(self.store.lookup, token)
        if info.status is not TicketStatus.ACTIVE:
            return self._status_page(info.status)
        issue = await asyncio.to_thread(self.store.issue_code, token)
        if issue.result is CodeIssueResult.TOO_SOON:
            return self._verify_page(
                token,
                request,
                notice=f"A code was sent a moment ago. Check your inbox, or ask for a new "
                f"one in {int(issue.retry_after) + 1} seconds.",
            )
        if issue.result is CodeIssueResult.LIMIT:
            return self._verify_page(
                token,
                request,
                error="Too many codes have been requested for this message. Use the latest "
                "code you received, or contact the sender.",
                status=429,
            )
        if issue.result is not CodeIssueResult.ISSUED or issue.code is None or not issue.recipient:
            return self._status_page(TicketStatus.UNKNOWN)
        raw = build_code_email(issue.recipient, issue.code, self.settings)
        try:
            await self._send_mail(self.settings.notify_from, [issue.recipient], raw)
        except Exception as exc:
            # The class name only: exception text from SMTP may echo the address.
            log.warning("portal could not send a code email: %s", type(exc).__name__)
            return self._verify_page(
                token,
                request,
                error="We could not send the code just now. Please try again in a few minutes.",
                status=503,
            )
        self._note("code_sent", message_id=info.message_id, ticket_id=info.ticket_id)
        return self._redirect(f"/p/{token}/verify")

    def _verify_page(
        self,
        token: str,
        request: web.Request,
        *,
        error: str | None = None,
        notice: str | None = None,
        status: int = 200,
    ) -> web.Response:
        csrf, cookies = self._csrf_cookie(request)
        parts = ["<h1>Enter your code</h1>"]
        if error:
            parts.append(f'<p class="error" role="alert" id="code-error">{_e(error)}</p>')
        if notice:
            parts.append(f'<p class="notice" role="status">{_e(notice)}</p>')
        described = (
            ' aria-describedby="code-help code-error"'
            if error
            else (' aria-describedby="code-help"')
        )
        parts.append(
            '<p id="code-help">We emailed a 6-digit code to the address this message was '
            f"sent to. It expires in {max(1, self.settings.code_ttl_seconds // 60)} minutes.</p>\n"
            f'<form method="post" action="/p/{_e(token)}/verify">\n'
            f'<input type="hidden" name="csrf" value="{_e(csrf)}">\n'
            '<label for="code">One-time code</label>\n'
            '<input class="code" type="text" id="code" name="code" inputmode="numeric" '
            'autocomplete="one-time-code" maxlength="12" required'
            f"{described}>\n"
            '<button type="submit">Continue</button>\n</form>\n'
            f'<form method="post" action="/p/{_e(token)}/code">\n'
            f'<input type="hidden" name="csrf" value="{_e(csrf)}">\n'
            '<button type="submit" class="secondary">Send a new code</button>\n</form>'
        )
        return self._page("Enter your code", "\n".join(parts), status=status, cookies=cookies)

    async def _verify_form(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        info = await asyncio.to_thread(self.store.lookup, token)
        if info.status is not TicketStatus.ACTIVE:
            return self._status_page(info.status)
        return self._verify_page(token, request)

    async def _verify(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        if (denied := await self._check_prelogin_csrf(request)) is not None:
            return denied
        form = await request.post()
        info = await asyncio.to_thread(self.store.lookup, token)
        if info.status is not TicketStatus.ACTIVE:
            return self._status_page(info.status)
        check = await asyncio.to_thread(self.store.verify_code, token, str(form.get("code", "")))
        ids = {"message_id": info.message_id, "queue_id": info.queue_id}
        if check.result is CodeResult.OK:
            sid, _session = await asyncio.to_thread(self.store.create_session, info.ticket_id)
            self._note("code_verified", ticket_id=info.ticket_id, **ids)
            resp = self._redirect(f"/p/{token}/message")
            self._set_cookie(resp, SESSION_COOKIE, sid)
            return resp
        if check.result is CodeResult.LOCKED:
            failed = self.settings.max_code_attempts
            self._emit("code_failed", attempt=failed, **ids)
            self._emit("locked", reason="code_failed", **ids)
            return self._status_page(TicketStatus.LOCKED)
        if check.result is CodeResult.WRONG:
            failed = self.settings.max_code_attempts - check.attempts_left
            self._emit("code_failed", attempt=failed, **ids)
            plural = "attempt" if check.attempts_left == 1 else "attempts"
            return self._verify_page(
                token,
                request,
                error=f"That code is not correct. {check.attempts_left} {plural} left.",
                status=400,
            )
        if check.result is CodeResult.EXPIRED:
            return self._verify_page(
                token, request, error="That code has expired. Ask for a new one.", status=400
            )
        if check.result is CodeResult.NO_CODE:
            return self._verify_page(token, request, error="Ask for a code first.", status=400)
        return self._status_page(TicketStatus.UNKNOWN)

    async def _opened(
        self, request: web.Request
    ) -> tuple[str, Session, OpenedMessage] | web.Response:
        """The signed-in reader's decrypted message, or the page to show instead."""
        token = request.match_info["token"]
        info = await asyncio.to_thread(self.store.lookup, token)
        if info.status is not TicketStatus.ACTIVE:
            self._note("denied", status=info.status, message_id=info.message_id or "-")
            return self._status_page(info.status)
        session = await self._session(request, info.ticket_id)
        if session is None:
            return self._redirect(f"/p/{token}")
        opened = await asyncio.to_thread(self.store.open, token)
        if isinstance(opened, TicketStatus):
            return self._status_page(opened)
        return token, session, opened

    async def _message(self, request: web.Request) -> web.Response:
        got = await self._opened(request)
        if isinstance(got, web.Response):
            return got
        token, session, opened = got
        rendered = await asyncio.to_thread(parse_message, opened.raw)
        await asyncio.to_thread(self.store.mark_viewed, opened.ticket_id)
        self._emit("viewed", **self._who(opened))
        parts = [
            f"<h1>{_e(rendered.subject or '(no subject)')}</h1>",
            '<dl class="meta">',
            f"<dt>From</dt><dd>{_e(opened.sender)}</dd>",
            f"<dt>To</dt><dd>{_e(opened.recipient)}</dd>",
        ]
        if rendered.date:
            parts.append(f"<dt>Date</dt><dd>{_e(rendered.date)}</dd>")
        parts.append("</dl>")
        if rendered.html is not None:
            parts.append(
                '<section aria-labelledby="body-h"><h2 id="body-h" class="muted">Message</h2>'
                f'<div class="message-html">{rendered.html}</div></section>'
            )
        elif rendered.text is not None:
            parts.append(
                '<section aria-labelledby="body-h"><h2 id="body-h" class="muted">Message</h2>'
                f'<pre class="message-text">{_e(rendered.text)}</pre></section>'
            )
        else:
            parts.append('<p class="muted">This message has no text.</p>')
        if rendered.attachments:
            items = "\n".join(
                f'<li><a href="/p/{_e(token)}/a/{i}" download>{_e(a.filename)}</a> '
                f'<span class="muted">({_e(_human_size(len(a.data)))})</span></li>'
                for i, a in enumerate(rendered.attachments)
            )
            parts.append(
                '<section aria-labelledby="att-h"><h2 id="att-h">Attachments</h2>'
                f'<ul class="attachments">\n{items}\n</ul></section>'
            )
        parts.append(
            '<section aria-labelledby="reply-h"><h2 id="reply-h">Reply securely</h2>'
            f'<form method="post" action="/p/{_e(token)}/reply">'
            f'<input type="hidden" name="csrf" value="{_e(session.csrf)}">'
            '<label for="reply">Your reply to the sender</label>'
            '<textarea id="reply" name="text" required '
            f'maxlength="{self.settings.max_reply_bytes}"></textarea>'
            '<button type="submit">Send reply</button></form>'
            '<p class="muted">Your reply stays protected: it is sent to the sender through '
            "this secure service, not through your email.</p></section>"
        )
        parts.append(
            f'<form method="post" action="/p/{_e(token)}/signout">'
            f'<input type="hidden" name="csrf" value="{_e(session.csrf)}">'
            '<button type="submit" class="secondary">Sign out</button></form>'
        )
        until = dt.datetime.fromtimestamp(opened.expires_at, dt.UTC).strftime("%d %B %Y")
        parts.append(f'<p class="muted">This message will be deleted on {_e(until)}.</p>')
        return self._page(rendered.subject or "Secure message", "\n".join(parts))

    async def _download(self, request: web.Request) -> web.StreamResponse:
        got = await self._opened(request)
        if isinstance(got, web.Response):
            return got
        _token, _session, opened = got
        rendered = await asyncio.to_thread(parse_message, opened.raw)
        index = int(request.match_info["index"])
        if index >= len(rendered.attachments):
            raise web.HTTPNotFound()
        att = rendered.attachments[index]
        self._emit(
            "downloaded", size=len(att.data), result=f"attachment-{index}", **self._who(opened)
        )
        quoted = urllib.parse.quote(att.filename, safe="")
        ascii_name = (
            "".join(c if (c.isascii() and c.isalnum()) or c in "._-" else "_" for c in att.filename)
            or "attachment"
        )
        return web.Response(
            body=att.data,
            headers={
                # Always a download, never rendered in our origin: an HTML or SVG
                # attachment must not run as the portal.
                "Content-Type": "application/octet-stream",
                "Content-Disposition": f'attachment; filename="{ascii_name}"; '
                f"filename*=UTF-8''{quoted}",
                "Content-Security-Policy": "default-src 'none'; sandbox",
            },
        )

    async def _reply(self, request: web.Request) -> web.Response:
        got = await self._opened(request)
        if isinstance(got, web.Response):
            return got
        token, session, opened = got
        form = await request.post()
        if not self._origin_ok(request) or not secrets.compare_digest(
            str(form.get("csrf", "")), session.csrf
        ):
            return self._page(
                "Form expired",
                '<h1>Form expired</h1>\n<p class="error" role="alert">This form has expired. '
                "Go back, reload the page and try again.</p>",
                status=403,
            )
        text = str(form.get("text", "")).replace("\r\n", "\n").strip()
        if not text or len(text.encode()) > self.settings.max_reply_bytes:
            return self._page(
                "Reply not sent",
                '<h1>Reply not sent</h1>\n<p class="error" role="alert">The reply was empty or '
                f'too long.</p>\n<p><a href="/p/{_e(token)}/message">Back to the message</a></p>',
                status=400,
            )
        rendered = await asyncio.to_thread(parse_message, opened.raw)
        raw = build_reply(
            settings=self.settings,
            original_sender=opened.sender,
            recipient=opened.recipient,
            original_subject=rendered.subject,
            original_message_id=rendered.message_id,
            text=text,
        )
        try:
            await self._send_mail(self.settings.notify_from, [opened.sender], raw)
        except Exception as exc:
            log.warning("portal could not send a secure reply: %s", type(exc).__name__)
            return self._page(
                "Reply not sent",
                '<h1>Reply not sent</h1>\n<p class="error" role="alert">We could not send your '
                "reply just now. Please try again in a few minutes.</p>",
                status=503,
            )
        self._emit("replied", size=len(raw), **self._who(opened))
        return self._redirect(f"/p/{token}/sent")

    async def _sent(self, request: web.Request) -> web.Response:
        got = await self._opened(request)
        if isinstance(got, web.Response):
            return got
        token = got[0]
        return self._page(
            "Reply sent",
            '<h1>Reply sent</h1>\n<p class="ok" role="status">Your reply has been sent securely '
            f'to the sender.</p>\n<p><a href="/p/{_e(token)}/message">Back to the message</a></p>',
        )

    async def _signout(self, request: web.Request) -> web.Response:
        got = await self._opened(request)
        if isinstance(got, web.Response):
            return got
        _token, session, _opened = got
        form = await request.post()
        if not self._origin_ok(request) or not secrets.compare_digest(
            str(form.get("csrf", "")), session.csrf
        ):
            return self._status_page(TicketStatus.UNKNOWN)
        await asyncio.to_thread(self.store.end_session, request.cookies.get(SESSION_COOKIE, ""))
        resp = self._page(
            "Signed out",
            '<h1>Signed out</h1>\n<p class="ok" role="status">You have signed out. To read the '
            "message again, open the link in your email; we will send a new code.</p>",
        )
        resp.del_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True)
        return resp

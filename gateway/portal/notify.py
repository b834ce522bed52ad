"""Notification, code and secure-reply emails built by the portal.

The notification carries only the neutral template text and the link: never the
original subject, body, sender display name or attachment names (a notification
travels over whatever TLS the recipient's server offers, which is why it exists).
"""

from __future__ import annotations

import datetime as dt
import email.policy
import string
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from importlib import resources
from pathlib import Path

from gateway.portal.settings import PortalSettings
from gateway.portal.store import PickupTicket

# RFC 5322 with CRLF line endings, so the bytes can go straight to SMTP and DKIM.
_POLICY = email.policy.SMTP.clone(max_line_length=998)


class TemplateError(ValueError):
    """An admin template is malformed (no subject line or an unknown placeholder)."""


def _load_template(path: Path | None, default_name: str) -> str:
    if path is not None:
        return path.read_text(encoding="utf-8")
    return (resources.files("gateway.portal") / "templates" / default_name).read_text(
        encoding="utf-8"
    )


def render_template(text: str, values: dict[str, str]) -> tuple[str, str]:
    """Split a "Subject: ...\\n\\nbody" template and substitute $placeholders.

    Unknown placeholders fail loudly: a typo must not send "$lnik" to a patient.
    """
    head, sep, body = text.partition("\n\n")
    if not sep or not head.startswith("Subject:") or "\n" in head.strip():
        raise TemplateError("template must start with one 'Subject:' line and a blank line")
    try:
        subject = string.Template(head[len("Subject:") :].strip()).substitute(values)
        rendered = string.Template(body).substitute(values)
    except (KeyError, ValueError) as exc:
        raise TemplateError(f"template placeholder error: {exc}") from None
    return subject, rendered


def _domain(address: str) -> str:
    return address.rpartition("@")[2] or "localhost"


def _base(settings: PortalSettings, to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage(policy=_POLICY)
    msg["From"] = settings.notify_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    msg["Message-ID"] = make_msgid(domain=_domain(settings.notify_from))
    # RFC 3834: machine-generated; well-behaved autoresponders will not answer it.
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body, charset="utf-8")
    return msg


def pickup_link(ticket: PickupTicket, settings: PortalSettings) -> str:
    return f"{settings.base_url.rstrip('/')}/p/{ticket.token}"


def build_notification(ticket: PickupTicket, settings: PortalSettings) -> bytes:
    """The message telling one recipient that a secure message awaits, with its link."""
    expires = dt.datetime.fromtimestamp(ticket.expires_at, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    subject, body = render_template(
        _load_template(settings.notification_template, "notification.txt"),
        {"org_name": settings.org_name, "link": pickup_link(ticket, settings), "expires": expires},
    )
    msg = _base(settings, ticket.recipient, subject, body)
    return msg.as_bytes()


def build_code_email(recipient: str, code: str, settings: PortalSettings) -> bytes:
    """The one-time code, sent separately from the link (possession of the mailbox)."""
    subject, body = render_template(
        _load_template(settings.code_template, "code.txt"),
        {
            "org_name": settings.org_name,
            "code": code,
            "minutes": str(max(1, settings.code_ttl_seconds // 60)),
        },
    )
    return _base(settings, recipient, subject, body).as_bytes()


def build_reply(
    *,
    settings: PortalSettings,
    original_sender: str,
    recipient: str,
    original_subject: str,
    original_message_id: str | None,
    text: str,
) -> bytes:
    """A reply written on the pickup page, addressed to the original (internal) sender.

    From is the portal address (we can DKIM-sign for it; the recipient's domain we cannot)
    and Reply-To is the verified recipient, so the sender's "reply" reaches them.
    """
    subject = original_subject.strip()
    if not subject.lower().startswith("re:"):
        subject = f"Re: {subject}" if subject else "Secure reply"
    msg = EmailMessage(policy=_POLICY)
    msg["From"] = settings.notify_from
    msg["To"] = original_sender
    msg["Reply-To"] = recipient
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    msg["Message-ID"] = make_msgid(domain=_domain(settings.notify_from))
    if original_message_id:
        msg["In-Reply-To"] = original_message_id
        msg["References"] = original_message_id
    msg["X-Portal-Reply-From"] = recipient
    msg.set_content(
        f"Secure reply from {recipient}, verified by one-time code on the portal:\n\n{text}",
        charset="utf-8",
    )
    return msg.as_bytes()

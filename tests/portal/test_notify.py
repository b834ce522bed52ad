"""Notifications and code emails: neutral content only, well-formed RFC 5322."""

from __future__ import annotations

import email.policy
import re
from email.parser import BytesParser
from pathlib import Path

import pytest

from gateway.portal.notify import (
    TemplateError,
    build_code_email,
    build_notification,
    build_reply,
)
from gateway.portal.settings import PortalSettings
from gateway.portal.store import SqlitePortalStore

from .test_store import CANARY, RCPT, SENDER, canary_message


def test_notification_has_link_and_no_canary(
    store: SqlitePortalStore, settings: PortalSettings
) -> None:
    ticket = store.put(canary_message(), SENDER, RCPT, "Q")[0]
    raw = build_notification(ticket, settings)
    for needle in (CANARY, "canary.pdf", "Dr Canary", SENDER, "Results"):
        assert needle.lower().encode() not in raw.lower(), needle
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    assert msg["From"] == settings.notify_from
    assert msg["To"] == ticket.recipient
    assert msg["Subject"] == "You have a secure message from Example Clinic"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Message-ID"].endswith("@gw.example>")
    body = msg.get_content()
    assert f"https://localhost:8443/p/{ticket.token}" in body
    assert "$" not in body


def test_admin_template(tmp_path: Path, store: SqlitePortalStore, settings: PortalSettings) -> None:
    tpl = tmp_path / "n.txt"
    tpl.write_text("Subject: Secure mail for you\n\nOpen $link before $expires.\n")
    custom = settings.model_copy(update={"notification_template": tpl})
    ticket = store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    msg = BytesParser(policy=email.policy.default).parsebytes(build_notification(ticket, custom))
    assert msg["Subject"] == "Secure mail for you"
    assert re.search(r"Open https://\S+/p/[\w-]{43} before \d{4}-\d\d-\d\d", msg.get_content())

    tpl.write_text("Subject: x\n\nOpen $lnik\n")
    with pytest.raises(TemplateError):
        build_notification(ticket, custom)
    tpl.write_text("no subject line\n")
    with pytest.raises(TemplateError):
        build_notification(ticket, custom)


def test_code_email(settings: PortalSettings) -> None:
    raw = build_code_email("patient@example.net", "042917", settings)
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    assert msg["To"] == "patient@example.net"
    assert "042917" in msg.get_content()
    assert "042917" not in msg["Subject"]
    assert "http" not in msg.get_content()  # the code travels apart from the link
    assert "10 minutes" in msg.get_content()


def test_header_injection_refused(store: SqlitePortalStore, settings: PortalSettings) -> None:
    with pytest.raises(ValueError):
        build_code_email("a@example.net\r\nBcc: evil@example.com", "1", settings)


def test_reply_threads_to_sender(settings: PortalSettings) -> None:
    raw = build_reply(
        settings=settings,
        original_sender=SENDER,
        recipient="patient@example.net",
        original_subject="Your results",
        original_message_id="<orig@clinic.example>",
        text="Thank you",
    )
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    assert msg["To"] == SENDER
    assert msg["From"] == settings.notify_from
    assert msg["Reply-To"] == "patient@example.net"
    assert msg["Subject"] == "Re: Your results"
    assert msg["In-Reply-To"] == "<orig@clinic.example>"
    assert "Thank you" in msg.get_content()

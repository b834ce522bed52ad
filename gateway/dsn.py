"""RFC 3464 delivery status notifications.

One DSN per message for every recipient that failed permanently (or expired),
from the null sender so it can never loop (RFC 5321 6.1). The original message is
returned as headers only (text/rfc822-headers), without its Subject: a DSN travels
back to the sender's systems and must not become a second copy of PHI.
"""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass

_SUBJECT_RE = re.compile(rb"^subject:.*?(?=^\S|\Z)", re.IGNORECASE | re.MULTILINE | re.DOTALL)
_STATUS_RE = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")


@dataclass(frozen=True)
class FailedRecipient:
    address: str
    code: int  # remote reply code, or a local 5xx
    text: str  # remote reply text (goes only to the original sender)
    remote_mta: str | None = None


def enhanced_status(code: int, text: str) -> str:
    """The RFC 3463 status for a reply: the remote's own if it gave one."""
    m = _STATUS_RE.search(text)
    if m and m.group(1) == str(code)[0]:
        return ".".join(m.groups())
    return "5.0.0" if code >= 500 else "4.0.0"


def _clean(text: str) -> str:
    return " ".join(text.replace("\r", " ").replace("\n", " ").split())[:900]


def original_headers(raw: bytes) -> bytes:
    end = raw.find(b"\r\n\r\n")
    header = raw if end < 0 else raw[: end + 2]
    return _SUBJECT_RE.sub(b"", header)


def build_dsn(
    *,
    queue_id: str,
    original_sender: str,
    original_raw: bytes,
    arrival: float,
    failed: Sequence[FailedRecipient],
    reporting_mta: str,
    postmaster: str,
    now: float | None = None,
) -> bytes:
    now = time.time() if now is None else now
    boundary = f"=_dsn_{queue_id}"
    date = email.utils.formatdate(now, localtime=False)
    human = [
        f"This is the mail system at host {reporting_mta}.",
        "",
        "Your message could not be delivered to one or more recipients.",
        "The recipients and the reasons are listed below. The message itself is",
        "not returned, to keep protected health information out of bounces.",
        "",
    ]
    for f in failed:
        human.append(f"<{f.address}>: {f.code} {_clean(f.text)}")
    per_msg = [
        f"Reporting-MTA: dns; {reporting_mta}",
        f"X-Phi-Gateway-Queue-ID: {queue_id}",
        f"Arrival-Date: {email.utils.formatdate(arrival, localtime=False)}",
    ]
    blocks = []
    for f in failed:
        lines = [
            f"Final-Recipient: rfc822; {f.address}",
            "Action: failed",
            f"Status: {enhanced_status(f.code, f.text)}",
        ]
        if f.remote_mta:
            lines.append(f"Remote-MTA: dns; {f.remote_mta}")
        lines.append(f"Diagnostic-Code: smtp; {f.code} {_clean(f.text)}")
        blocks.append("\r\n".join(lines))
    parts = [
        f"From: Mail Delivery System <{postmaster}>",
        f"To: <{original_sender}>",
        "Subject: Undelivered Mail Returned to Sender",
        f"Date: {date}",
        f"Message-ID: <{queue_id}.dsn@{reporting_mta}>",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"',
        "",
        "This is a MIME-encapsulated message.",
        "",
        f"--{boundary}",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        *human,
        "",
        f"--{boundary}",
        "Content-Type: message/delivery-status",
        "",
        "\r\n".join(per_msg),
        "",
        "\r\n\r\n".join(blocks),
        "",
        f"--{boundary}",
        "Content-Type: text/rfc822-headers",
        "",
    ]
    head = "\r\n".join(parts).encode("ascii", "replace") + b"\r\n"
    tail = f"\r\n--{boundary}--\r\n".encode()
    return head + original_headers(original_raw) + tail

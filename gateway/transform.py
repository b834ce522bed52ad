"""Header edits on the raw bytes, leaving the body byte-exact.

We never re-serialise a message through the email package: that would re-fold
headers and re-encode bodies, breaking byte-exact relay and any signature the
sender made. Edits work on the header block only. DKIM signing (issue 6) is the
last change made, after these.
"""

from __future__ import annotations

import email.utils
import time
from email.header import Header

from gateway import headers
from gateway.model import HeaderEdits


def split_message(raw: bytes) -> tuple[bytes, bytes]:
    """(header block including its final line end, rest starting with the blank line)."""
    return headers.split(raw)


def header_values(raw: bytes, name: str) -> list[str]:
    """Unfolded values of every ``name`` field."""
    return headers.get_header_values(raw, name)


def remove_headers(raw: bytes, names: tuple[str, ...] | list[str]) -> bytes:
    return headers.remove_headers(raw, names) if names else raw


def _encode_value(value: str) -> str:
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()
    return value


def _field(name: str, value: str) -> bytes:
    clean = " ".join(value.replace("\r", " ").replace("\n", " ").split())
    return f"{name}: {_encode_value(clean)}\r\n".encode("ascii")


def apply_edits(raw: bytes, edits: HeaderEdits) -> bytes:
    raw = remove_headers(
        raw, list(edits.remove) + (["Subject"] if edits.subject is not None else [])
    )
    header, rest = split_message(raw)
    added = b"".join(_field(n, v) for n, v in edits.add)
    if edits.subject is not None:
        added += _field("Subject", edits.subject)
    return header + added + rest


def received_header(
    *,
    helo: str,
    client_ip: str,
    hostname: str,
    queue_id: str,
    tls: str | None,
    authenticated: bool,
    when: float | None = None,
) -> bytes:
    """RFC 5321 4.4 trace field. No ``for <address>`` clause: it would copy an address."""
    proto = "ESMTP" + ("S" if tls else "") + ("A" if authenticated else "")
    helo_clean = "".join(c for c in helo if c.isalnum() or c in ".-[]:")[:255] or "unknown"
    date = email.utils.formatdate(time.time() if when is None else when, localtime=False)
    return (
        f"Received: from {helo_clean} ([{client_ip}])\r\n"
        f"\tby {hostname} (phi-gateway) with {proto} id {queue_id};\r\n"
        f"\t{date}\r\n"
    ).encode("ascii", "replace")

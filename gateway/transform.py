"""Header edits on the raw bytes, leaving the body byte-exact.

We never re-serialise a message through the email package: that would re-fold
headers and re-encode bodies, breaking byte-exact relay and any signature the
sender made. Edits work on the header block only. DKIM signing (issue 6) is the
last change made, after these.
"""

from __future__ import annotations

import email.utils
import re
import time
from email.header import Header

from gateway.model import HeaderEdits

_FIELD_RE = re.compile(rb"^([!-9;-~]+)[ \t]*:", re.MULTILINE)


def split_message(raw: bytes) -> tuple[bytes, bytes]:
    """(header block including its final CRLF, rest starting with the blank line)."""
    if raw.startswith(b"\r\n"):
        return b"", raw
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        return raw, b""
    return raw[: end + 2], raw[end + 2 :]


def header_fields(header: bytes) -> list[tuple[bytes, bytes]]:
    """[(name, whole field bytes including folded lines and CRLF)] in order."""
    fields: list[tuple[bytes, bytes]] = []
    for line in header.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and fields:
            name, text = fields[-1]
            fields[-1] = (name, text + line)
        else:
            m = _FIELD_RE.match(line)
            fields.append((m.group(1) if m else b"", line))
    return fields


def header_values(raw: bytes, name: str) -> list[str]:
    """Unfolded values of every ``name`` field (ASCII-safe decode)."""
    header, _ = split_message(raw)
    want = name.lower().encode()
    out = []
    for fname, text in header_fields(header):
        if fname.lower() == want:
            value = text.split(b":", 1)[1]
            out.append(re.sub(rb"\r?\n[ \t]+", b" ", value).strip().decode("ascii", "replace"))
    return out


def remove_headers(raw: bytes, names: tuple[str, ...] | list[str]) -> bytes:
    if not names:
        return raw
    drop = {n.lower().encode() for n in names}
    header, rest = split_message(raw)
    kept = b"".join(t for n, t in header_fields(header) if n.lower() not in drop)
    return kept + rest


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

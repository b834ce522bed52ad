"""A from-the-RFC DKIM verifier for ed25519-sha256, written for the tests.

Why it exists: Debian 12's Mail::DKIM (1.20230212) reports ed25519-sha256 as an
unsupported algorithm, and Debian's opendkim-testmsg (2.11.0~beta2) answers
"dkim_chunk(): Syntax error" even for unsigned messages, so neither can check our
ed25519 signatures. This verifier shares no code with dkimpy: it parses headers,
applies relaxed canonicalisation (RFC 6376 3.4.2 and 3.4.4), selects header
instances bottom-up (5.4.2), fetches the key over real DNS with dnspython from the
test's responder, and checks Ed25519 over the SHA-256 digest (RFC 8463 3).
"""

from __future__ import annotations

import base64
import hashlib
import re

import dns.message
import dns.query
import dns.rdatatype
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

_WSP = re.compile(rb"[ \t]+")


def _split(message: bytes) -> tuple[list[tuple[bytes, bytes]], bytes]:
    message = re.sub(rb"\r?\n", b"\r\n", message)
    head, _, body = message.partition(b"\r\n\r\n")
    fields: list[tuple[bytes, bytes]] = []
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t"):
            name, raw = fields[-1]
            fields[-1] = (name, raw + b"\r\n" + line)
        else:
            name, _, value = line.partition(b":")
            fields.append((name, value))
    return fields, body


def relaxed_header(name: bytes, value: bytes) -> bytes:
    value = value.replace(b"\r\n", b"")
    value = _WSP.sub(b" ", value).strip(b" ")
    return name.strip().lower() + b":" + value


def relaxed_body(body: bytes) -> bytes:
    lines = [_WSP.sub(b" ", line).rstrip(b" ") for line in body.split(b"\r\n")]
    while lines and lines[-1] == b"":
        lines.pop()
    return b"".join(line + b"\r\n" for line in lines)


def _tags(value: bytes) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for part in value.split(b";"):
        if b"=" in part:
            k, _, v = part.partition(b"=")
            out[k.strip().decode()] = re.sub(rb"\s+", b"", v)
    return out


def lookup_txt(name: str, port: int) -> bytes:
    query = dns.message.make_query(name, dns.rdatatype.TXT)
    response = dns.query.udp(query, "127.0.0.1", port=port, timeout=5)
    for rrset in response.answer:
        for rdata in rrset:
            return b"".join(rdata.strings)
    raise LookupError(name)


def verify_ed25519(message: bytes, index: int, port: int) -> bool:
    """Verify the ``index``-th DKIM-Signature (must be ed25519-sha256, relaxed/relaxed)."""
    fields, body = _split(message)
    sigs = [(i, v) for i, (n, v) in enumerate(fields) if n.lower() == b"dkim-signature"]
    pos, sig_value = sigs[index]
    tags = _tags(sig_value)
    assert tags["a"] == b"ed25519-sha256" and tags["c"] == b"relaxed/relaxed"
    if base64.b64decode(tags["bh"]) != hashlib.sha256(relaxed_body(body)).digest():
        return False
    h = hashlib.sha256()
    remaining = list(enumerate(fields))
    for want in tags["h"].lower().split(b":"):
        for j in range(len(remaining) - 1, -1, -1):
            _, (name, value) = remaining[j]
            if name.strip().lower() == want:
                h.update(relaxed_header(name, value) + b"\r\n")
                del remaining[j]
                break
    blank = re.sub(rb"(;\s*b\s*=)[^;]*", rb"\1", sig_value, count=1)
    h.update(relaxed_header(fields[pos][0], blank))
    key = _tags(lookup_txt(f"{tags['s'].decode()}._domainkey.{tags['d'].decode()}", port))
    public = ed25519.Ed25519PublicKey.from_public_bytes(base64.b64decode(key["p"]))
    try:
        public.verify(base64.b64decode(tags["b"]), h.digest())
    except InvalidSignature:
        return False
    return True

"""Envelope address checks that aiosmtpd does not make.

aiosmtpd 1.4.6 strips source routes, and accepts quoted local parts, percent-hack
and bang-path addresses: each is a way to make a next hop relay somewhere the
policy never looked. We refuse them all, for every client (FIELD-NOTES: open-relay
tricks). Functions return None when the address is acceptable, else an SMTP reply.
"""

from __future__ import annotations

import re

MAX_LOCAL = 64  # RFC 5321 4.5.3.1.1
MAX_DOMAIN = 255  # RFC 5321 4.5.3.1.2
MAX_PATH = 256  # RFC 5321 4.5.3.1.3

_BAD_CHARS = re.compile(r"[\r\n\x00]")
_LABEL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")

BAD_CHARS_REPLY = "501 5.5.2 Syntax error: CR, LF or NUL in command"


def check_raw_path(arg: str) -> str | None:
    """Check the raw ``FROM:``/``TO:`` argument before aiosmtpd parses it."""
    if _BAD_CHARS.search(arg):
        return BAD_CHARS_REPLY
    stripped = arg.lstrip()
    if stripped.startswith("<@") or stripped.startswith("@"):
        return "553 5.1.3 Source routes are not accepted"
    path = stripped.split(None, 1)[0] if stripped else ""
    if len(path) > MAX_PATH + 2:
        return "553 5.1.3 Address too long"
    return None


def check_address(address: str, *, allow_null: bool = False) -> str | None:
    """Check a parsed mailbox (no angle brackets)."""
    if address == "":
        return None if allow_null else "553 5.1.3 Null address not accepted here"
    if _BAD_CHARS.search(address):
        return BAD_CHARS_REPLY
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return "553 5.1.3 Address must be local-part@domain"
    if local.startswith('"') or "@" in local:
        return "553 5.1.3 Quoted local parts are not accepted"
    if "%" in local:
        return "553 5.1.3 Percent-hack addresses are not accepted"
    if "!" in local:
        return "553 5.1.3 Bang-path addresses are not accepted"
    if len(local) > MAX_LOCAL:
        return "553 5.1.3 Local part too long"
    if len(domain) > MAX_DOMAIN:
        return "553 5.1.3 Domain too long"
    if domain.startswith("["):
        return "553 5.1.3 Address literals are not accepted"
    if domain.endswith("."):
        return "553 5.1.3 Domain must not end with a dot"
    if not all(_LABEL.match(label) for label in domain.split(".")):
        return "553 5.1.3 Invalid domain"
    return None


def normalise(address: str) -> str:
    """Lower-case the domain (case-insensitive by RFC 5321 2.4); keep the local part."""
    local, at, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}" if at else address

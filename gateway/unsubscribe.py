"""One-click unsubscribe for marketing mail (RFC 2369, RFC 8058, CAN-SPAM).

Marketing must carry ``List-Unsubscribe`` with an https URI and
``List-Unsubscribe-Post: List-Unsubscribe=One-Click``. When the sender omitted both,
the gateway injects them from a configured URL template (``mode: inject``) or refuses
(``mode: refuse``, the default: nothing is injected until an operator has configured a
working endpoint). A sender's own header that is present but not compliant is always
refused: replacing it would split opt-outs between two systems.

The URL carries a per-recipient opaque token, never the address: AES-256-GCM of the
address under ``token_key_file``, so the endpoint that receives the POST can recover the
address (``decode_recipient_token``) without a lookup table.

RFC 8058 section 4 requires a DKIM signature covering both headers; DKIM signing runs
after this stage (transform), so the signer must include them in ``h=``.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from gateway.consent import create_private_file_once, normalize_address
from gateway.headers import get_header_values, header_fields, remove_headers

_ONE_CLICK = "List-Unsubscribe=One-Click"
_TOKEN_AAD = b"phi-gateway unsubscribe v1"
_TOKEN_VERSION = b"\x01"
_PLACEHOLDER = "recipient_token"
_MAX_LINE = 998  # RFC 5322 2.1.1: header lines longer than this are not mail
_MAILTO_RE = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}")


class UnsubscribeSettings(BaseModel):
    """Config section ``unsubscribe``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # inject: add the headers when a marketing message has none; refuse: answer 550.
    mode: Literal["inject", "refuse"] = "refuse"
    # https URL with exactly one placeholder, {recipient_token}; required for inject.
    # Example: "https://example.org/unsub?r={recipient_token}".
    url_template: str | None = None
    # Optional mailto address added as a second List-Unsubscribe entry (RFC 2369);
    # the subject carries the same opaque token.
    mailto: str | None = None
    # AES-256 key for recipient tokens; generated (0600) on first use if absent. The
    # unsubscribe endpoint needs the same key to decode tokens.
    token_key_file: Path = Path("var/unsubscribe.key")
    # Messages with several recipients that need injection: one message copy cannot
    # carry a per-recipient URL. refuse: 550 (the sender should send one message per
    # recipient, as bulk senders do); split: return one copy per recipient for the
    # delivery stage to send separately (needs pipeline support).
    multi_recipient: Literal["refuse", "split"] = "refuse"

    @field_validator("url_template")
    @classmethod
    def _template_ok(cls, v: str | None) -> str | None:
        if v is None:
            return v
        fields = [f for _, f, _, _ in string.Formatter().parse(v) if f is not None]
        if fields != [_PLACEHOLDER]:
            raise ValueError("url_template must contain {recipient_token} exactly once")
        probe = v.replace("{recipient_token}", "x")
        if not _is_https_url(probe):
            raise ValueError("url_template must be an https:// URL with a host")
        return v

    @field_validator("mailto")
    @classmethod
    def _mailto_ok(cls, v: str | None) -> str | None:
        if v is not None and not _MAILTO_RE.fullmatch(v):
            raise ValueError("mailto must be a plain address like unsubscribe@example.org")
        return v

    @model_validator(mode="after")
    def _inject_needs_template(self) -> UnsubscribeSettings:
        if self.mode == "inject" and self.url_template is None:
            raise ValueError("mode 'inject' needs url_template")
        return self


class UnsubscribeAction(StrEnum):
    PRESENT = "present"  # sender's headers are compliant; message unchanged
    INJECTED = "injected"  # headers added to the returned bytes
    SPLIT = "split"  # one copy per recipient in UnsubscribeOutcome.copies
    REFUSED = "refused"  # reply holds the 550 text


@dataclass(frozen=True)
class UnsubscribeOutcome:
    action: UnsubscribeAction
    reason: str  # short code for audit/metrics: ok, missing, no_https, no_one_click, ...
    reply: str | None = None
    copies: tuple[tuple[str, bytes], ...] = ()  # (recipient, message) when SPLIT

    @property
    def ok(self) -> bool:
        return self.action is not UnsubscribeAction.REFUSED


_REFUSALS = {
    "missing": "marketing message without List-Unsubscribe (RFC 8058 one-click required)",
    "no_https": "List-Unsubscribe has no https URI (RFC 8058 one-click required)",
    "no_one_click": "List-Unsubscribe-Post: List-Unsubscribe=One-Click missing or wrong",
    "duplicate": "List-Unsubscribe or List-Unsubscribe-Post appears more than once",
    "multi_recipient": "one message per recipient required to add a per-recipient List-Unsubscribe",
    "too_long": "List-Unsubscribe would exceed the 998-octet line limit",
}


def _refuse(reason: str) -> UnsubscribeOutcome:
    return UnsubscribeOutcome(
        UnsubscribeAction.REFUSED, reason, f"550 5.7.1 Refused: {_REFUSALS[reason]}"
    )


def _is_https_url(uri: str) -> bool:
    if any(c.isspace() or ord(c) < 0x21 or ord(c) > 0x7E for c in uri):
        return False
    try:
        parts = urlsplit(uri)
    except ValueError:
        return False
    return parts.scheme.lower() == "https" and bool(parts.hostname)


def _uris(value: str) -> list[str]:
    # RFC 2369 section 2: URIs in angle brackets, comma separated; whitespace inside
    # the brackets is to be ignored.
    return [re.sub(r"\s+", "", u) for u in re.findall(r"<([^<>]*)>", value)]


# --------------------------------------------------------------------------- tokens


def _load_or_create_key(path: Path) -> bytes:
    if not path.exists():
        create_private_file_once(path, AESGCM.generate_key(bit_length=256))
    key = path.read_bytes()
    if len(key) != 32:
        raise ValueError(f"unsubscribe.token_key_file {path}: expected 32 raw bytes")
    return key


def recipient_token(recipient: str, settings: UnsubscribeSettings) -> str:
    """Opaque, URL-safe token for one recipient (random nonce: differs every call)."""
    key = _load_or_create_key(settings.token_key_file)
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, normalize_address(recipient).encode("utf-8"), _TOKEN_AAD)
    return base64.urlsafe_b64encode(_TOKEN_VERSION + nonce + sealed).rstrip(b"=").decode()


def decode_recipient_token(token: str, settings: UnsubscribeSettings) -> str | None:
    """For the unsubscribe endpoint: the address, or None if the token is not ours."""
    if len(token) > 1024:
        return None
    try:
        blob = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None
    if len(blob) < 1 + 12 + 16 or blob[:1] != _TOKEN_VERSION:
        return None
    key = _load_or_create_key(settings.token_key_file)
    try:
        plain = AESGCM(key).decrypt(blob[1:13], blob[13:], _TOKEN_AAD)
        return plain.decode("utf-8", errors="strict")
    except (InvalidTag, UnicodeDecodeError):
        return None


# --------------------------------------------------------------------------- check / inject


def check_unsubscribe(raw: bytes) -> str:
    """Reason code for the sender's own headers: ok, missing, no_https, no_one_click,
    duplicate. ``missing`` means no List-Unsubscribe field at all."""
    lu = get_header_values(raw, "List-Unsubscribe")
    post = get_header_values(raw, "List-Unsubscribe-Post")
    if not lu:
        return "missing"
    if len(lu) > 1 or len(post) > 1:
        return "duplicate"
    if not any(_is_https_url(u) for u in _uris(lu[0])):
        return "no_https"
    if not post or post[0].strip().lower() != _ONE_CLICK.lower():
        return "no_one_click"
    return "ok"


def _line_ending(raw: bytes) -> bytes:
    nl = raw.find(b"\n")
    return b"\r\n" if nl > 0 and raw[nl - 1 : nl] == b"\r" else b"\n"


def _inject(raw: bytes, recipient: str, settings: UnsubscribeSettings) -> bytes | None:
    assert settings.url_template is not None
    token = recipient_token(recipient, settings)
    entries = [f"<{settings.url_template.replace('{recipient_token}', token)}>"]
    if settings.mailto:
        entries.append(f"<mailto:{settings.mailto}?subject=unsubscribe-{token}>")
    lu_line = "List-Unsubscribe: " + ", ".join(entries)
    if len(lu_line) > _MAX_LINE:
        return None
    # A stray List-Unsubscribe-Post without List-Unsubscribe asserts nothing useful;
    # drop it so exactly one compliant pair goes out.
    raw = remove_headers(raw, ["List-Unsubscribe-Post"])
    eol = _line_ending(raw)
    block = (lu_line.encode("ascii") + eol + b"List-Unsubscribe-Post: " + _ONE_CLICK.encode()) + eol
    _, end = header_fields(raw)
    head, tail = raw[:end], raw[end:]
    if head and not head.endswith(b"\n"):
        head += eol  # headers-only message without a final line break
    return head + block + tail


def ensure_unsubscribe(
    raw: bytes, recipients: Sequence[str], settings: UnsubscribeSettings
) -> tuple[bytes, UnsubscribeOutcome]:
    """Check a marketing message's unsubscribe headers; inject them or refuse.

    Returns the (possibly modified) bytes and the outcome. Only the caller knows the
    message is marketing: call this for marketing only.
    """
    reason = check_unsubscribe(raw)
    if reason == "ok":
        return raw, UnsubscribeOutcome(UnsubscribeAction.PRESENT, "ok")
    if reason != "missing" or settings.mode == "refuse" or not recipients:
        return raw, _refuse(reason)
    if len(recipients) > 1:
        if settings.multi_recipient == "refuse":
            return raw, _refuse("multi_recipient")
        copies: list[tuple[str, bytes]] = []
        for rcpt in recipients:
            one = _inject(raw, rcpt, settings)
            if one is None:
                return raw, _refuse("too_long")
            copies.append((rcpt, one))
        return raw, UnsubscribeOutcome(UnsubscribeAction.SPLIT, "injected", copies=tuple(copies))
    out = _inject(raw, recipients[0], settings)
    if out is None:
        return raw, _refuse("too_long")
    return out, UnsubscribeOutcome(UnsubscribeAction.INJECTED, "injected")


def unsubscribe_hook(
    settings: UnsubscribeSettings,
) -> Callable[[bytes, Sequence[str]], tuple[bytes, str | None]]:
    """Adapter to the pipeline's ``UnsubscribeCheck``: ``(raw, rcpts) -> (raw, refusal)``.

    That interface delivers one copy to all recipients, so a SPLIT outcome cannot be
    honoured through it: it is refused like ``multi_recipient: refuse``.
    """

    def check(raw: bytes, recipients: Sequence[str]) -> tuple[bytes, str | None]:
        out, outcome = ensure_unsubscribe(raw, recipients, settings)
        if outcome.action is UnsubscribeAction.SPLIT:
            return raw, _refuse("multi_recipient").reply
        return out, outcome.reply

    return check

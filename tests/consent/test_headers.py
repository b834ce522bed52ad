from __future__ import annotations

import pytest

from gateway.consent import strip_consent_headers
from gateway.headers import get_header_values, header_fields

H = "X-PHI-Consent"


def test_strip_folded_header_crlf_byte_exact() -> None:
    raw = (
        b"From: a@clinic.example\r\n"
        b"X-PHI-Consent: v1.aaa.bbb,\r\n"
        b"\tv1.ccc.ddd\r\n"
        b"  v1.eee.fff\r\n"
        b"Subject: folded\r\n"
        b" subject line\r\n"
        b"x-phi-consent : v1.ggg.hhh\r\n"
        b"To: b@example.org\r\n"
        b"\r\n"
        b"X-PHI-Consent: in the body stays\r\n"
        b"trailing without newline"
    )
    expected = (
        b"From: a@clinic.example\r\n"
        b"Subject: folded\r\n"
        b" subject line\r\n"
        b"To: b@example.org\r\n"
        b"\r\n"
        b"X-PHI-Consent: in the body stays\r\n"
        b"trailing without newline"
    )
    assert strip_consent_headers(raw, H) == expected


def test_strip_lf_only_and_first_and_last_fields() -> None:
    raw = b"X-PHI-Consent: a\nFrom: x\nX-PHI-Consent: b\n c\n\nbody\n"
    assert strip_consent_headers(raw, H) == b"From: x\n\nbody\n"


def test_strip_headers_only_message_without_final_newline() -> None:
    raw = b"From: x\r\nX-PHI-Consent: a"
    assert strip_consent_headers(raw, H) == b"From: x\r\n"


def test_strip_noop_returns_identical_bytes() -> None:
    raw = b"From: x\r\nX-PHI-Consent-Extra: keep\r\nX-PHI-Consentx: keep\r\n\r\nbody"
    assert strip_consent_headers(raw, H) == raw


def test_strip_preserves_odd_bytes() -> None:
    raw = (
        b"From: x\r\nX-Bare-CR: a\rb\r\nX-8bit: \xe9\xff\r\n"
        b"X-PHI-Consent: t\r\n\r\nbody\x00\r\n.\r\n"
    )
    assert strip_consent_headers(raw, H) == raw.replace(b"X-PHI-Consent: t\r\n", b"")


def test_strip_custom_header_name() -> None:
    raw = b"X-Consent: a\r\nX-PHI-Consent: b\r\n\r\n"
    assert strip_consent_headers(raw, "X-Consent") == b"X-PHI-Consent: b\r\n\r\n"


@pytest.mark.parametrize("sep", [b"\r\n", b"\n"])
def test_get_header_values_unfolds(sep: bytes) -> None:
    raw = sep.join(
        [b"From: x", b"X-PHI-Consent: v1.a.b,", b"\tv1.c.d", b"x-phi-consent:v1.e.f", b"", b"body"]
    )
    assert get_header_values(raw, H) == ["v1.a.b,\tv1.c.d", "v1.e.f"]


def test_header_block_end_offset() -> None:
    raw = b"A: 1\r\nB: 2\r\n\r\nbody"
    fields, end = header_fields(raw)
    assert [f.name for f in fields] == [b"a", b"b"]
    assert raw[end:] == b"\r\nbody"

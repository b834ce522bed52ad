from __future__ import annotations

import os
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from pydantic import ValidationError

from gateway.headers import get_header_values
from gateway.unsubscribe import (
    UnsubscribeAction,
    UnsubscribeSettings,
    check_unsubscribe,
    decode_recipient_token,
    ensure_unsubscribe,
)

from .factory import ConsentFactory

A = "Alice@Example.org"
B = "bob@example.org"


def _url(raw: bytes) -> str:
    (lu,) = get_header_values(raw, "List-Unsubscribe")
    m = re.search(r"<(https://[^>]+)>", lu)
    assert m is not None
    return m.group(1)


def test_compliant_message_unchanged(factory: ConsentFactory) -> None:
    raw = factory.message([A, B], unsubscribe=True)
    out, outcome = ensure_unsubscribe(raw, [A, B], factory.unsubscribe_settings())
    assert out is raw
    assert outcome.action is UnsubscribeAction.PRESENT and outcome.ok


def test_inject_single_recipient(factory: ConsentFactory) -> None:
    s = factory.unsubscribe_settings(mailto="unsubscribe@clinic.example")
    raw = factory.message([A])
    out, outcome = ensure_unsubscribe(raw, [A], s)
    assert outcome.action is UnsubscribeAction.INJECTED and outcome.reply is None
    assert check_unsubscribe(out) == "ok"
    assert get_header_values(out, "List-Unsubscribe-Post") == ["List-Unsubscribe=One-Click"]
    # Address never in clear: not in the URL, not anywhere in the new headers.
    for value in get_header_values(out, "List-Unsubscribe"):
        assert "alice" not in value.lower()
    token = parse_qs(urlsplit(_url(out)).query)["r"][0]
    assert decode_recipient_token(token, s) == A.lower()
    assert decode_recipient_token(token[:-2] + "AA", s) is None
    assert decode_recipient_token("garbage!", s) is None
    # Only header lines were added, before the blank line; body bytes are identical.
    assert out.endswith(raw[raw.index(b"\r\n\r\n") :])
    assert b"\n" not in out.replace(b"\r\n", b"")  # CRLF style kept
    assert (
        "mailto:unsubscribe@clinic.example?subject=unsubscribe-"
        in get_header_values(out, "List-Unsubscribe")[0]
    )
    assert os.stat(s.token_key_file).st_mode & 0o777 == 0o600


def test_inject_keeps_lf_style_and_replaces_stray_post(factory: ConsentFactory) -> None:
    raw = b"From: x\nList-Unsubscribe-Post: bogus\nSubject: s\n\nbody\n"
    out, outcome = ensure_unsubscribe(raw, [A], factory.unsubscribe_settings())
    assert outcome.action is UnsubscribeAction.INJECTED
    assert b"\r" not in out
    assert get_header_values(out, "List-Unsubscribe-Post") == ["List-Unsubscribe=One-Click"]
    assert out.endswith(b"\n\nbody\n")


def test_tokens_differ_per_recipient_and_call(factory: ConsentFactory) -> None:
    s = factory.unsubscribe_settings(multi_recipient="split")
    raw = factory.message([A, B])
    out, outcome = ensure_unsubscribe(raw, [A, B], s)
    assert out is raw
    assert outcome.action is UnsubscribeAction.SPLIT and outcome.ok
    (ra, ca), (rb, cb) = outcome.copies
    assert (ra, rb) == (A, B)
    ta = parse_qs(urlsplit(_url(ca)).query)["r"][0]
    tb = parse_qs(urlsplit(_url(cb)).query)["r"][0]
    assert decode_recipient_token(ta, s) == A.lower()
    assert decode_recipient_token(tb, s) == B


def test_multi_recipient_refused_by_default(factory: ConsentFactory) -> None:
    raw = factory.message([A, B])
    out, outcome = ensure_unsubscribe(raw, [A, B], factory.unsubscribe_settings())
    assert out is raw and not outcome.ok
    assert outcome.reason == "multi_recipient"
    assert outcome.reply is not None and outcome.reply.startswith("550 5.7.1 ")


def test_refuse_mode(factory: ConsentFactory) -> None:
    raw = factory.message([A])
    out, outcome = ensure_unsubscribe(raw, [A], UnsubscribeSettings())
    assert out is raw and outcome.action is UnsubscribeAction.REFUSED
    assert outcome.reason == "missing"
    assert outcome.reply is not None and "RFC 8058" in outcome.reply
    assert "alice" not in outcome.reply.lower()


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        (b"List-Unsubscribe: <mailto:u@x.example>\r\n", "no_https"),
        (
            b"List-Unsubscribe: <http://x.example/u>\r\nList-Unsubscribe-Post: "
            b"List-Unsubscribe=One-Click\r\n",
            "no_https",
        ),
        (b"List-Unsubscribe: <https://x.example/u>\r\n", "no_one_click"),
        (
            b"List-Unsubscribe: <https://x.example/u>\r\nList-Unsubscribe-Post: yes\r\n",
            "no_one_click",
        ),
        (
            b"List-Unsubscribe: <https://x.example/u>\r\nList-Unsubscribe: <https://y.example/>\r\n"
            b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n",
            "duplicate",
        ),
        (
            b"List-Unsubscribe: https://x.example/u\r\n"
            b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n",
            "no_https",
        ),
    ],
)
def test_noncompliant_sender_headers_refused_even_in_inject_mode(
    factory: ConsentFactory, headers: bytes, reason: str
) -> None:
    raw = b"From: x\r\n" + headers + b"\r\nbody"
    out, outcome = ensure_unsubscribe(raw, [A], factory.unsubscribe_settings())
    assert outcome.action is UnsubscribeAction.REFUSED and outcome.reason == reason
    assert out is raw


def test_folded_compliant_header_accepted() -> None:
    raw = (
        b"List-Unsubscribe: <mailto:u@x.example>,\r\n <https://x.example/\r\n u?id=1>\r\n"
        b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n\r\n"
    )
    assert check_unsubscribe(raw) == "ok"


def test_template_too_long_refused(factory: ConsentFactory) -> None:
    s = factory.unsubscribe_settings(
        url_template="https://x.example/" + "a" * 960 + "?r={recipient_token}"
    )
    _, outcome = ensure_unsubscribe(factory.message([A]), [A], s)
    assert outcome.reason == "too_long"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"mode": "inject"},  # no template
        {"url_template": "http://x.example/?r={recipient_token}"},
        {"url_template": "https://x.example/"},
        {"url_template": "https://x.example/{recipient_token}/{recipient}"},
        {"url_template": "https://x.example/{recipient_token.__class__}"},
        {"url_template": "https:///{recipient_token}"},
        {"mailto": "not an address"},
        {"bogus": 1},
    ],
)
def test_settings_validation(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        UnsubscribeSettings(**kwargs)  # type: ignore[arg-type]


def test_settings_defaults_valid() -> None:
    s = UnsubscribeSettings()
    assert s.mode == "refuse" and s.url_template is None

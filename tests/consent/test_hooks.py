"""The adapters the pipeline calls (gateway.pipeline ConsentCheck / UnsubscribeCheck)."""

from __future__ import annotations

from gateway.consent import ConsentHook, ConsentVerifier, strip_hook
from gateway.headers import get_header_values
from gateway.unsubscribe import unsubscribe_hook

from .factory import ConsentFactory

A = "alice@example.org"
B = "bob@example.org"


def test_consent_hook_reads_raw_message(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    hook = ConsentHook(verifier)
    ta, tb = factory.token(A), factory.token(B, org="crm-hmac")
    status, ids = hook(factory.message([A, B], tokens=[ta, tb]), [A, B])
    assert status == "ok" and len(ids) == 2
    status, _ = hook(factory.message([A, B], tokens=[ta, tb], one_header=True), [A, B])
    assert status == "ok"
    status, ids = hook(factory.message([A, B], tokens=[ta]), [A, B])
    assert status == "wrong_recipient"
    assert "1 of 2" in hook.result(factory.message([A, B], tokens=[ta]), [A, B]).smtp_reply
    assert hook(factory.message([A]), [A]) == ("missing", ())


def test_strip_hook(factory: ConsentFactory) -> None:
    raw = factory.message([A], tokens=[factory.token(A)], one_header=True)
    out = strip_hook(factory.settings())(raw)
    assert get_header_values(out, "X-PHI-Consent") == []
    assert out == raw.replace(raw[raw.index(b"X-PHI-Consent") : raw.index(b"\r\n\r\n") + 2], b"")


def test_unsubscribe_hook(factory: ConsentFactory) -> None:
    hook = unsubscribe_hook(factory.unsubscribe_settings(multi_recipient="split"))
    raw = factory.message([A])
    out, refusal = hook(raw, [A])
    assert refusal is None and b"List-Unsubscribe-Post" in out
    out, refusal = hook(factory.message([A, B]), [A, B])
    assert refusal is not None and refusal.startswith("550 5.7.1 ")
    out, refusal = hook(factory.message([A, B], unsubscribe=True), [A, B])
    assert refusal is None

"""DkimSigner: faithful to dkimpy, verified independently by Perl Mail::DKIM over DNS."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.dkim_sign import DkimKeyError, DkimKeySettings, DkimSettings, DkimSigner

from .dkim_testlib import KeyPair, mail_dkim_verify, publish
from .dns_responder import DnsResponder
from .rfc8463_verify import verify_ed25519

T0 = 1_767_225_600.0  # 2026-01-01T00:00:00Z

MESSAGE = (
    b"Received: from client.example.org ([192.0.2.1]) by gw\r\n"
    b"From: Clinic Reminders <reminders@clinic.example>\r\n"
    b"To: Pat <pat@patient.example>\r\n"
    b"Cc: desk@clinic.example\r\n"
    b"Subject: Your appointment\r\n"
    b"Date: Thu, 01 Jan 2026 00:00:00 +0000\r\n"
    b"Message-ID: <abc123@clinic.example>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"List-Unsubscribe: <https://clinic.example/u/1>\r\n"
    b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
    b"X-Mailer:   something   with  spaces\r\n"
    b"\r\n"
    b"Hello,  \r\n"
    b"your appointment is tomorrow.\r\n"
    b"\r\n"
    b"\r\n"
)


def settings(*keys: tuple[str, str, Path, str], **kw: Any) -> DkimSettings:
    return DkimSettings(
        keys=[
            DkimKeySettings(domain=d, selector=s, key_file=p, algorithm=a, **kw)  # type: ignore[arg-type]
            for d, s, p, a in keys
        ]
    )


def rsa_key_settings(kp: KeyPair, selector: str = "s1", **kw: Any) -> DkimKeySettings:
    return DkimKeySettings(domain="clinic.example", selector=selector, key_file=kp.path, **kw)


def sig_headers(signed: bytes) -> list[bytes]:
    headers, _ = dkim.rfc822_parse(signed)
    return [v for n, v in headers if n.lower() == b"dkim-signature"]


def tags(sig_value: bytes) -> dict[str, str]:
    flat = b"".join(sig_value.split()).decode()
    return dict(part.split("=", 1) for part in flat.split(";") if part)


def dkimpy_dns(server: DnsResponder) -> Callable[..., bytes]:
    def lookup(name: bytes, timeout: int = 5) -> bytes:
        key = name.decode().rstrip(".").lower()
        return "".join(server.records.get(key, [])).encode()

    return lookup


# --- faithful to dkimpy ---------------------------------------------------------------


def test_rsa_signature_is_byte_identical_to_stock_dkimpy(
    make_key: Callable[..., KeyPair], monkeypatch: pytest.MonkeyPatch
) -> None:
    kp = make_key("a")
    signer = DkimSigner(DkimSettings(keys=[rsa_key_settings(kp)]), clock=lambda: T0)
    ours = signer.sign(MESSAGE)
    h = tags(sig_headers(ours)[0])["h"].split(":")
    pem = kp.key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )

    class FrozenTime:
        @staticmethod
        def time() -> float:
            return T0

    monkeypatch.setattr(dkim, "time", FrozenTime)
    stock = dkim.DKIM(MESSAGE).sign(
        b"s1",
        b"clinic.example",
        pem,
        canonicalize=(b"relaxed", b"relaxed"),
        include_headers=[x.encode() for x in h],
    )
    assert ours == stock + MESSAGE


def test_ed25519_signature_is_byte_identical_to_stock_dkimpy(
    make_key: Callable[..., KeyPair], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("nacl", reason="stock dkimpy needs pynacl for ed25519")
    kp = make_key("e", "ed25519")
    ks = DkimKeySettings(
        domain="clinic.example", selector="e1", key_file=kp.path, algorithm="ed25519-sha256"
    )
    ours = DkimSigner(DkimSettings(keys=[ks]), clock=lambda: T0).sign(MESSAGE)
    h = tags(sig_headers(ours)[0])["h"].split(":")
    seed = kp.key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )

    class FrozenTime:
        @staticmethod
        def time() -> float:
            return T0

    monkeypatch.setattr(dkim, "time", FrozenTime)
    stock = dkim.DKIM(MESSAGE).sign(
        b"e1",
        b"clinic.example",
        base64.b64encode(seed),
        signature_algorithm=b"ed25519-sha256",
        canonicalize=(b"relaxed", b"relaxed"),
        include_headers=[x.encode() for x in h],
    )
    assert ours == stock + MESSAGE


# --- header list, keys, windows -----------------------------------------------------------


def test_signed_header_list_and_from_oversigned(make_key: Callable[..., KeyPair]) -> None:
    signer = DkimSigner(DkimSettings(keys=[rsa_key_settings(make_key("a"))]), clock=lambda: T0)
    t = tags(sig_headers(signer.sign(MESSAGE))[0])
    assert t["h"].split(":") == [
        "from",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "mime-version",
        "content-type",
        "list-unsubscribe",
        "list-unsubscribe-post",
        "from",
    ]
    assert (t["a"], t["c"], t["d"], t["s"], t["t"]) == (
        "rsa-sha256",
        "relaxed/relaxed",
        "clinic.example",
        "s1",
        str(int(T0)),
    )


def test_unchanged_without_key_for_from_domain(make_key: Callable[..., KeyPair]) -> None:
    signer = DkimSigner(DkimSettings(keys=[rsa_key_settings(make_key("a"))]))
    other = MESSAGE.replace(b"reminders@clinic.example", b"x@other.example")
    assert signer.sign(other) == other
    assert signer.sign_detailed(other).skipped == "no-key"
    two_from = b"From: a@clinic.example\r\n" + MESSAGE
    assert signer.sign(two_from) == two_from
    assert signer.sign_detailed(two_from).skipped == "multiple-from"
    assert DkimSigner(DkimSettings()).sign(MESSAGE) == MESSAGE


def test_from_domain_match_is_case_insensitive(make_key: Callable[..., KeyPair]) -> None:
    signer = DkimSigner(DkimSettings(keys=[rsa_key_settings(make_key("a"))]))
    msg = MESSAGE.replace(b"reminders@clinic.example", b"reminders@Clinic.EXAMPLE")
    assert signer.sign_detailed(msg).signed_with == ("s1._domainkey.clinic.example",)


def test_lf_only_message_gets_lf_signature(make_key: Callable[..., KeyPair]) -> None:
    signer = DkimSigner(DkimSettings(keys=[rsa_key_settings(make_key("a"))]))
    lf = MESSAGE.replace(b"\r\n", b"\n")
    out = signer.sign(lf)
    assert b"\r" not in out
    assert out.endswith(lf)


def test_rotation_window_and_overlap(make_key: Callable[..., KeyPair]) -> None:
    old, new = make_key("old"), make_key("new")
    switch_on = datetime(2026, 2, 1, tzinfo=UTC)
    switch_off = datetime(2026, 2, 8, tzinfo=UTC)
    now = [T0]
    signer = DkimSigner(
        DkimSettings(
            keys=[
                rsa_key_settings(old, "old", not_after=switch_off),
                rsa_key_settings(new, "new", not_before=switch_on),
            ]
        ),
        clock=lambda: now[0],
    )
    assert signer.sign_detailed(MESSAGE).signed_with == ("old._domainkey.clinic.example",)
    now[0] = switch_on.timestamp()
    assert signer.sign_detailed(MESSAGE).signed_with == (
        "old._domainkey.clinic.example",
        "new._domainkey.clinic.example",
    )
    now[0] = switch_off.timestamp()
    assert signer.sign_detailed(MESSAGE).signed_with == ("new._domainkey.clinic.example",)


def test_naive_window_is_utc() -> None:
    ks = DkimKeySettings(
        domain="a.example", selector="s", key_file=Path("/x"), not_before=datetime(2026, 1, 1)
    )
    assert ks.not_before == datetime(2026, 1, 1, tzinfo=UTC)
    with pytest.raises(ValueError, match="not_before"):
        DkimKeySettings(
            domain="a.example",
            selector="s",
            key_file=Path("/x"),
            not_before=datetime(2026, 2, 1),
            not_after=datetime(2026, 1, 1),
        )


def test_reload_swaps_keys_and_failed_reload_keeps_old(
    make_key: Callable[..., KeyPair], tmp_path: Path
) -> None:
    a, b = make_key("a"), make_key("b")
    signer = DkimSigner(DkimSettings(keys=[rsa_key_settings(a, "a")]))
    signer.reload(DkimSettings(keys=[rsa_key_settings(b, "b")]))
    assert signer.sign_detailed(MESSAGE).signed_with == ("b._domainkey.clinic.example",)
    broken = tmp_path / "broken.pem"
    broken.write_text("not a key")
    with pytest.raises(DkimKeyError):
        signer.reload(
            DkimSettings(keys=[rsa_key_settings(a, "a"), rsa_key_settings(KeyPair(a.key, broken))])
        )
    assert signer.sign_detailed(MESSAGE).signed_with == ("b._domainkey.clinic.example",)


def test_bad_key_files_name_the_file_never_the_material(
    make_key: Callable[..., KeyPair], tmp_path: Path
) -> None:
    good = make_key("good")
    pem = good.path.read_text()
    truncated = tmp_path / "truncated.pem"
    truncated.write_text(pem[: len(pem) // 2] + "\n-----END PRIVATE KEY-----\n")
    missing = tmp_path / "missing.pem"
    small = tmp_path / "small.pem"
    small.write_bytes(
        rsa.generate_private_key(65537, 1024).private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    ed = make_key("ed", "ed25519")
    cases = [
        (truncated, "rsa-sha256", "not a readable"),
        (missing, "rsa-sha256", "cannot read"),
        (small, "rsa-sha256", "1024 bits"),
        (ed.path, "rsa-sha256", "needs an RSA key"),
        (good.path, "ed25519-sha256", "needs an Ed25519 key"),
    ]
    body_lines = [line for line in pem.splitlines() if "-----" not in line]
    for path, algorithm, expect in cases:
        with pytest.raises(DkimKeyError) as info:
            DkimSigner(settings(("clinic.example", "s", path, algorithm)))
        text = str(info.value)
        assert str(path) in text and expect in text
        exc = info.value
        assert exc.__cause__ is None
        assert exc.__context__ is None or exc.__suppress_context__
        assert not any(line[:16] in text for line in body_lines)


def test_dkimpy_base64_seed_ed25519_key_loads(
    make_key: Callable[..., KeyPair], tmp_path: Path
) -> None:
    kp = make_key("e", "ed25519")
    seed = kp.key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    path = tmp_path / "seed.key"
    path.write_bytes(base64.b64encode(seed) + b"\n")
    signer = DkimSigner(settings(("clinic.example", "e", path, "ed25519-sha256")))
    assert signer.keys()[0].public_txt() == kp.txt


def test_settings_refuse_unsafe_header_lists() -> None:
    with pytest.raises(ValueError, match="from"):
        DkimSettings(sign_headers=["to", "subject"])
    with pytest.raises(ValueError, match="dkim-signature"):
        DkimSettings(sign_headers=["from", "DKIM-Signature"])
    with pytest.raises(ValueError, match="extra"):
        DkimSettings(key=[])  # type: ignore[call-arg]


# --- independent verification ---------------------------------------------------------------


def test_mail_dkim_verifies_rsa_and_rejects_tampering(
    make_key: Callable[..., KeyPair], dns_server: DnsResponder
) -> None:
    kp = make_key("a")
    publish(dns_server, "clinic.example", "s1", kp.key)
    signed = DkimSigner(DkimSettings(keys=[rsa_key_settings(kp)])).sign(MESSAGE)

    ok = mail_dkim_verify(signed, dns_server.port)
    assert ok.passed, ok.lines
    assert ok.lines[0].startswith("pass d=clinic.example s=s1 a=rsa-sha256")
    assert "s1._domainkey.clinic.example." in dns_server.queries

    # Relaxed canonicalisation tolerates whitespace changes in transit (RFC 6376 3.4.2)...
    rewrapped = signed.replace(b"X-Mailer:   something", b"X-Mailer: something")
    rewrapped = rewrapped.replace(b"Subject: Your appointment", b"Subject:  Your  appointment")
    assert mail_dkim_verify(rewrapped, dns_server.port).passed
    # ... but not content changes, nor a second From (over-signed).
    changed = signed.replace(b"Your appointment", b"Your appointmenT")
    bad = mail_dkim_verify(changed, dns_server.port)
    assert not bad.passed and bad.lines[0].startswith("fail")
    second_from = signed.replace(b"To: Pat", b"From: evil@attacker.example\r\nTo: Pat")
    assert not mail_dkim_verify(second_from, dns_server.port).passed
    body = signed.replace(b"tomorrow", b"today!!!")
    assert not mail_dkim_verify(body, dns_server.port).passed


def test_mail_dkim_verifies_after_transformations(
    make_key: Callable[..., KeyPair], dns_server: DnsResponder
) -> None:
    """Subject replaced and headers added by earlier stages, then signed last."""
    kp = make_key("a")
    publish(dns_server, "clinic.example", "s1", kp.key)
    signer = DkimSigner(DkimSettings(keys=[rsa_key_settings(kp)]))
    transformed = MESSAGE.replace(
        b"Subject: Your appointment", b"Subject: [Secure] Message from your clinic"
    )
    transformed = b"X-PHI-Gateway: delivered=tls; policy=phi-tls\r\n" + transformed.replace(
        b"MIME-Version", b"X-Portal-Link: yes\r\nMIME-Version"
    )
    signed = signer.sign(transformed)
    res = mail_dkim_verify(signed, dns_server.port)
    assert res.passed, res.lines
    # A notification-style message built from scratch (LF endings, folded header).
    note = (
        b"From: PHI Gateway <no-reply@clinic.example>\n"
        b"To: pat@patient.example\n"
        b"Subject: You have a secure message\n"
        b"Content-Type: text/plain;\n charset=us-ascii\n"
        b"\n"
        b"Open https://portal.clinic.example/m/xyz to read it.\n"
    )
    assert mail_dkim_verify(signer.sign(note), dns_server.port).passed


def test_mail_dkim_verifies_two_rsa_selectors_and_dkimpy_verifies_ed25519(
    make_key: Callable[..., KeyPair], dns_server: DnsResponder
) -> None:
    """Overlap window: old + new RSA selector, plus ed25519, all on one message."""
    old, new, ed = make_key("old"), make_key("new"), make_key("ed", "ed25519")
    for sel, kp in (("old", old), ("new", new), ("ed", ed)):
        publish(dns_server, "clinic.example", sel, kp.key)
    signer = DkimSigner(
        settings(
            ("clinic.example", "old", old.path, "rsa-sha256"),
            ("clinic.example", "new", new.path, "rsa-sha256"),
            ("clinic.example", "ed", ed.path, "ed25519-sha256"),
        )
    )
    signed = signer.sign(MESSAGE)
    assert len(sig_headers(signed)) == 3
    res = mail_dkim_verify(signed, dns_server.port)
    by_sel = {line.split()[2]: line.split()[0] for line in res.lines[:-1]}
    assert by_sel["s=old"] == "pass" and by_sel["s=new"] == "pass"
    # Mail::DKIM 1.20230212 (Debian 12) has no ed25519 support: it reports the
    # algorithm as unsupported instead of failing it. This documents that gap.
    assert by_sel["s=ed"] == "invalid", res.lines
    assert "unsupported algorithm ed25519-sha256" in res.lines[2]

    pytest.importorskip("nacl", reason="dkimpy needs pynacl to verify ed25519")
    lookup = dkimpy_dns(dns_server)
    for idx in range(3):
        assert dkim.DKIM(signed).verify(idx=idx, dnsfunc=lookup), idx
    with pytest.raises(dkim.ValidationError, match="body hash mismatch"):
        dkim.DKIM(signed.replace(b"tomorrow", b"today")).verify(idx=2, dnsfunc=lookup)


def test_signing_cost_is_openssl_not_pure_python(make_key: Callable[..., KeyPair]) -> None:
    """Loose bound (the benchmark has the real figure): pure-Python RSA is ~10 ms."""
    signer = DkimSigner(DkimSettings(keys=[rsa_key_settings(make_key("a"))]))
    msg = MESSAGE + b"x" * 60 + b"\r\n" * 60
    signer.sign(msg)
    start = time.perf_counter()
    for _ in range(50):
        signer.sign(msg)
    per_sig_ms = (time.perf_counter() - start) / 50 * 1000
    assert per_sig_ms < 4.0


def test_ed25519_verified_by_rfc_verifier_over_dns(
    make_key: Callable[..., KeyPair], dns_server: DnsResponder
) -> None:
    """ed25519 checked by code sharing nothing with dkimpy (see rfc8463_verify.py)."""
    ed, rs = make_key("ed", "ed25519"), make_key("rs")
    publish(dns_server, "clinic.example", "ed", ed.key)
    publish(dns_server, "clinic.example", "rs", rs.key)
    signer = DkimSigner(
        settings(
            ("clinic.example", "rs", rs.path, "rsa-sha256"),
            ("clinic.example", "ed", ed.path, "ed25519-sha256"),
        )
    )
    transformed = b"X-Added-Before-Signing: 1\r\n" + MESSAGE.replace(
        b"Your appointment", b"[Secure] notice"
    )
    signed = signer.sign(transformed)
    port = dns_server.port
    assert verify_ed25519(signed, 1, port)
    assert mail_dkim_verify(signed, port).lines[0].startswith("pass d=clinic.example s=rs")
    assert not verify_ed25519(signed.replace(b"[Secure] notice", b"[Secure] Notice"), 1, port)
    assert not verify_ed25519(signed.replace(b"tomorrow", b"today"), 1, port)
    two_from = signed.replace(b"To: Pat", b"From: x@evil.example\r\nTo: Pat")
    assert not verify_ed25519(two_from, 1, port)
    # Whitespace-only changes survive relaxed canonicalisation here too.
    assert verify_ed25519(signed.replace(b"Hello,  \r\n", b"Hello,\r\n"), 1, port)

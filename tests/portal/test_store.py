"""Encrypted store: at-rest encryption, token handling, key wrap, codes, revoke, expiry."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from email.message import EmailMessage
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap

from gateway.portal.crypto import MasterKeyError, PortalKeys, load_master_key
from gateway.portal.settings import PortalSettings
from gateway.portal.store import (
    CodeIssueResult,
    CodeResult,
    OpenedMessage,
    SqlitePortalStore,
    TicketStatus,
)

from .conftest import MASTER, Clock

CANARY = "CANARY-7f3a9-Diagnosis-E11.9"
SENDER = "dr.canary@clinic.example"
RCPT = ["patient.canary@example.net", "carer.canary@example.org"]


def canary_message() -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Dr Canary <{SENDER}>"
    msg["To"] = ", ".join(RCPT)
    msg["Subject"] = f"Results {CANARY}"
    msg.set_content(f"Body text {CANARY}\n")
    msg.add_attachment(
        f"attachment {CANARY}".encode(),
        maintype="application",
        subtype="pdf",
        filename=f"{CANARY}.pdf",
    )
    return msg.as_bytes()


def all_bytes_under(path: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in path.rglob("*") if p.is_file()]


def test_round_trip_and_nothing_in_cleartext_at_rest(
    store: SqlitePortalStore, settings: PortalSettings
) -> None:
    raw = canary_message()
    tickets = store.put(raw, SENDER, RCPT, queue_id="Q1")
    assert [t.recipient for t in tickets] == RCPT
    opened = store.open(tickets[0].token)
    assert isinstance(opened, OpenedMessage)
    assert opened.raw == raw
    assert opened.sender == SENDER
    assert opened.recipient == RCPT[0]
    second = store.open(tickets[1].token)
    assert isinstance(second, OpenedMessage) and second.recipient == RCPT[1]

    files = all_bytes_under(settings.dir)
    assert any(p.suffix == ".bin" for p, _ in files)
    needles = [CANARY.encode(), SENDER.encode(), b"canary", tickets[0].token.encode()]
    needles += [r.encode() for r in RCPT]
    for path, data in files:
        for needle in needles:
            assert needle not in data, f"{needle!r} in cleartext in {path.name}"
    # Private files: owner only.
    for path, _ in files:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name
    assert stat.S_IMODE(settings.dir.stat().st_mode) == 0o700


def test_tokens_are_long_random_and_stored_hashed(store: SqlitePortalStore) -> None:
    tickets = store.put(canary_message(), SENDER, RCPT, "Q")
    tokens = {t.token for t in tickets}
    assert len(tokens) == 2
    for token in tokens:
        assert len(token) == 43  # 32 bytes base64url: 256 bits


@pytest.mark.parametrize(
    "mutate",
    [
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # one character changed
        lambda t: t[:-1],  # truncated
        lambda t: t + "A",  # extended
        lambda t: "",
        lambda t: "../../etc/passwd",
        lambda t: t.upper() if t.upper() != t else t.lower(),
    ],
)
def test_wrong_or_tampered_token_rejected(store: SqlitePortalStore, mutate: object) -> None:
    ticket = store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    bad = mutate(ticket.token)  # type: ignore[operator]
    assert bad != ticket.token
    assert store.lookup(bad).status is TicketStatus.UNKNOWN
    assert store.open(bad) is TicketStatus.UNKNOWN
    assert store.issue_code(bad).result is CodeIssueResult.NOT_ACTIVE
    assert store.verify_code(bad, "000000").result is CodeResult.NOT_ACTIVE


def test_key_wrap_and_foreign_master_key(
    store: SqlitePortalStore, settings: PortalSettings, clock: Clock
) -> None:
    ticket = store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    db = sqlite3.connect(settings.dir / "portal.sqlite3")
    (wrapped,) = db.execute("SELECT wrapped_key FROM messages").fetchone()
    db.close()
    assert len(wrapped) == 40  # RFC 3394: 32-byte key + 8-byte integrity block
    keys = PortalKeys.from_master(MASTER)
    assert len(keys.unwrap(wrapped)) == 32
    with pytest.raises(InvalidUnwrap):
        aes_key_unwrap(PortalKeys.from_master(b"\x01" * 32).kek, wrapped)
    store.close()
    # Same files, different master key: the token hash no longer matches either.
    other = SqlitePortalStore(settings, b"\x01" * 32, clock=clock)
    try:
        assert other.open(ticket.token) is TicketStatus.UNKNOWN
    finally:
        other.close()


def test_tampered_ciphertext_is_not_served(
    store: SqlitePortalStore, settings: PortalSettings
) -> None:
    ticket = store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    path = settings.dir / "messages" / f"{ticket.message_id}.bin"
    data = bytearray(path.read_bytes())
    data[40] ^= 0x01
    path.write_bytes(bytes(data))
    assert store.open(ticket.token) is TicketStatus.UNKNOWN


def test_code_flow_attempts_and_lock(store: SqlitePortalStore, settings: PortalSettings) -> None:
    token = store.put(canary_message(), SENDER, RCPT[:1], "Q")[0].token
    assert store.verify_code(token, "123456").result is CodeResult.NO_CODE
    issue = store.issue_code(token)
    assert issue.result is CodeIssueResult.ISSUED and issue.recipient == RCPT[0]
    assert issue.code is not None and len(issue.code) == 6 and issue.code.isdigit()
    wrong = "000000" if issue.code != "000000" else "111111"
    for left in range(settings.max_code_attempts - 1, 0, -1):
        check = store.verify_code(token, wrong)
        assert check.result is CodeResult.WRONG and check.attempts_left == left
    assert store.verify_code(token, wrong).result is CodeResult.LOCKED
    # Locked: even the right code no longer works, no new code is issued.
    assert store.verify_code(token, issue.code).result is CodeResult.LOCKED
    assert store.lookup(token).status is TicketStatus.LOCKED
    assert store.issue_code(token).result is CodeIssueResult.NOT_ACTIVE
    assert store.unlock(store.lookup(token).message_id) == 1
    assert store.lookup(token).status is TicketStatus.ACTIVE


def test_code_is_one_time_and_expires(store: SqlitePortalStore, clock: Clock) -> None:
    token = store.put(canary_message(), SENDER, RCPT[:1], "Q")[0].token
    code = store.issue_code(token).code
    assert code is not None
    assert store.verify_code(token, f" {code[:3]}-{code[3:]} ").result is CodeResult.OK
    assert store.verify_code(token, code).result is CodeResult.NO_CODE  # consumed
    code2 = store.issue_code(token).code
    assert code2 is not None
    clock.t += 601
    assert store.verify_code(token, code2).result is CodeResult.EXPIRED


def test_new_code_replaces_old_and_send_limits(tmp_path: Path, clock: Clock) -> None:
    settings = PortalSettings(
        dir=tmp_path / "p", code_resend_seconds=30, max_code_sends=2, dev_cert_dir=tmp_path
    )
    s = SqlitePortalStore(settings, MASTER, clock=clock)
    try:
        token = s.put(canary_message(), SENDER, RCPT[:1], "Q")[0].token
        first = s.issue_code(token)
        assert first.result is CodeIssueResult.ISSUED
        soon = s.issue_code(token)
        assert soon.result is CodeIssueResult.TOO_SOON and 0 < soon.retry_after <= 30
        clock.t += 31
        second = s.issue_code(token)
        assert second.result is CodeIssueResult.ISSUED and second.code is not None
        if first.code != second.code:
            assert s.verify_code(token, first.code or "").result is CodeResult.WRONG
        clock.t += 31
        assert s.issue_code(token).result is CodeIssueResult.LIMIT
        assert s.verify_code(token, second.code).result is CodeResult.OK
    finally:
        s.close()


def test_revoke_shreds_key_and_file(store: SqlitePortalStore, settings: PortalSettings) -> None:
    ticket = store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    sid, _ = store.create_session(ticket.ticket_id)
    assert store.get_session(sid) is not None
    assert store.revoke(ticket.message_id) is True
    assert store.revoke(ticket.message_id) is False
    assert not (settings.dir / "messages" / f"{ticket.message_id}.bin").exists()
    assert store.open(ticket.token) is TicketStatus.REVOKED
    assert store.lookup(ticket.token).status is TicketStatus.REVOKED
    assert store.get_session(sid) is None
    db = sqlite3.connect(settings.dir / "portal.sqlite3")
    assert db.execute("SELECT wrapped_key, envelope FROM messages").fetchone() == (None, None)
    db.close()
    assert (
        "revoked",
        {"message_id": ticket.message_id, "queue_id": "Q", "reason": "operator"},
    ) in store.audit_events  # type: ignore[attr-defined]


def test_expiry(store: SqlitePortalStore, settings: PortalSettings, clock: Clock) -> None:
    ticket = store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    keep = store.put(canary_message(), SENDER, RCPT[:1], "Q2")[0]
    assert abs(ticket.expires_at - (clock.t + 30 * 86400)) < 1
    assert store.expire() == []
    clock.t += 30 * 86400 + 1
    # Past expiry the link is dead even before the sweep runs.
    assert store.open(ticket.token) is TicketStatus.EXPIRED
    assert sorted(store.expire()) == sorted([ticket.message_id, keep.message_id])
    assert not list((settings.dir / "messages").glob("*.bin"))
    assert store.lookup(ticket.token).status is TicketStatus.EXPIRED
    assert [m.state for m in store.list_messages()] == ["expired", "expired"]
    events = [e for e, _ in store.audit_events]  # type: ignore[attr-defined]
    assert events.count("expired") == 2


def test_sessions(store: SqlitePortalStore, clock: Clock, settings: PortalSettings) -> None:
    ticket = store.put(canary_message(), SENDER, RCPT[:1], "Q")[0]
    sid, session = store.create_session(ticket.ticket_id)
    got = store.get_session(sid)
    assert got == session
    assert store.get_session(sid + "x") is None
    clock.t += settings.session_ttl_seconds + 1
    assert store.get_session(sid) is None


def test_master_key_generated_0600_with_warning(
    settings: PortalSettings, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        key = load_master_key(settings)
    assert len(key) == 32
    assert stat.S_IMODE(settings.master_key_file.stat().st_mode) == 0o600
    assert "generated a new portal master key" in caplog.text
    assert key.hex() not in caplog.text
    assert load_master_key(settings) == key  # stable once created


def test_master_key_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = PortalSettings(master_key_env="PORTAL_KEY_TEST", master_key_file=tmp_path / "k")
    monkeypatch.setenv("PORTAL_KEY_TEST", "ab" * 32)
    assert load_master_key(settings) == b"\xab" * 32
    assert not (tmp_path / "k").exists()
    monkeypatch.setenv("PORTAL_KEY_TEST", "zz")
    with pytest.raises(MasterKeyError) as exc:
        load_master_key(settings)
    assert "zz" not in str(exc.value)
    monkeypatch.delenv("PORTAL_KEY_TEST")
    with pytest.raises(MasterKeyError):
        load_master_key(settings)


def test_settings_forbid_unknown_keys_and_are_frozen() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        PortalSettings(hots="0.0.0.0")  # type: ignore[call-arg]
    s = PortalSettings()
    with pytest.raises(ValidationError):
        s.port = 1
    assert (s.host, s.port, s.base_url, s.expiry_days) == (
        "127.0.0.1",
        8443,
        "https://localhost:8443",
        30,
    )
    assert os.fspath(s.dir) == "var/portal"


def test_open_store_refuses_new_key_for_existing_messages(settings: PortalSettings) -> None:
    from gateway.portal.store import open_store

    s = open_store(settings)
    s.put(canary_message(), SENDER, RCPT[:1], "Q")
    s.close()
    settings.master_key_file.unlink()
    with pytest.raises(MasterKeyError, match="missing"):
        open_store(settings)
    assert not settings.master_key_file.exists()

from __future__ import annotations

import sqlite3
import time

from gateway.consent import (
    ConsentSettings,
    ConsentStatus,
    ConsentStore,
    ConsentVerifier,
    list_consents,
    revoke,
)

from .conftest import Clock
from .factory import ConsentFactory

A = "alice@example.org"
B = "bob@example.org"
S = ConsentStatus


def test_revocation_by_separate_process_applies_without_restart(
    factory: ConsentFactory, verifier: ConsentVerifier
) -> None:
    tok = factory.token(A, cid="c-proc")
    assert verifier.check([tok], [A]).status is S.OK  # caches "not revoked"
    factory.revoke_via_cli("c-proc")
    r = verifier.check([tok], [A])
    assert r.status is S.REVOKED
    assert "revoked" in r.smtp_reply


def test_revocation_by_direct_store_write(
    factory: ConsentFactory, settings: ConsentSettings, verifier: ConsentVerifier
) -> None:
    tok = factory.token(A, cid="c-direct")
    assert verifier.check([tok], [A]).ok
    # Another connection, as an external tool writing the table would.
    conn = sqlite3.connect(str(settings.store), isolation_level=None)
    try:
        conn.execute("INSERT INTO revocations VALUES ('c-direct', ?, 'test')", (time.time(),))
    finally:
        conn.close()
    assert verifier.check([tok], [A]).status is S.REVOKED
    # Un-revoking (deleting the row) applies live too: the cache follows the store.
    conn = sqlite3.connect(str(settings.store), isolation_level=None)
    try:
        conn.execute("DELETE FROM revocations WHERE cid = 'c-direct'")
    finally:
        conn.close()
    assert verifier.check([tok], [A]).ok


def test_revoke_in_process_api(
    factory: ConsentFactory, settings: ConsentSettings, verifier: ConsentVerifier
) -> None:
    tok = factory.token(A, cid="c-api")
    assert revoke("c-api", settings=settings) is True
    assert revoke("c-api", settings=settings) is False
    assert verifier.check([tok], [A]).status is S.REVOKED
    ids = {r.consent_id: r for r in list_consents(settings=settings)}
    assert ids["c-api"].revoked_at is not None
    assert ids["c-api"].recipient_hash is None  # CRM-minted: never issued here


def test_revoked_one_of_two_recipients(
    factory: ConsentFactory, settings: ConsentSettings, verifier: ConsentVerifier
) -> None:
    toks = [factory.token(A, cid="c-a"), factory.token(B, cid="c-b")]
    revoke("c-b", settings=settings)
    r = verifier.check(toks, [A, B])
    assert r.per_recipient == (S.OK, S.REVOKED)
    assert r.status is S.REVOKED and "1 of 2" in r.smtp_reply


def test_revoked_and_expired_reports_revoked(
    factory: ConsentFactory, settings: ConsentSettings, verifier: ConsentVerifier
) -> None:
    now = factory.now
    tok = factory.token(A, cid="c-both", iat=now - 9000, exp=now - 4000)
    revoke("c-both", settings=settings)
    assert verifier.check([tok], [A]).status is S.REVOKED


def test_cache_bounded_and_correct(
    factory: ConsentFactory, settings: ConsentSettings, clock: Clock
) -> None:
    with ConsentVerifier(settings, clock=clock) as v:
        v._CACHE_MAX = 3
        toks = [factory.token(A, cid=f"c-{i}") for i in range(5)]
        revoke("c-4", settings=settings)
        for t in toks[:4]:
            assert v.check([t], [A]).ok
        assert v.check(toks, [A]).ok  # c-0..c-3 OK suffices
        assert v.check([toks[4]], [A]).status is S.REVOKED
        assert len(v._revoked_cache) <= 5


def test_store_shared_between_verifiers(
    factory: ConsentFactory, settings: ConsentSettings, clock: Clock
) -> None:
    tok = factory.token(A, cid="c-two")
    with ConsentVerifier(settings, clock=clock) as v1, ConsentVerifier(settings, clock=clock) as v2:
        assert v1.check([tok], [A]).ok and v2.check([tok], [A]).ok
        with ConsentStore(settings.store) as store:
            store.revoke_many(["c-two"])
        assert v1.check([tok], [A]).status is S.REVOKED
        assert v2.check([tok], [A]).status is S.REVOKED


def test_revoke_rejects_ids_outside_grammar(settings: ConsentSettings) -> None:
    import pytest

    from gateway.consent import ConsentError

    with ConsentStore(settings.store) as store, pytest.raises(ConsentError):
        store.revoke_many(["c-1", "c-2\n"])
    assert list_consents(settings=settings) == []  # all or nothing


def test_store_replaced_by_rename_fails_closed(
    factory: ConsentFactory, settings: ConsentSettings, verifier: ConsentVerifier
) -> None:
    import os

    import pytest

    from gateway.consent import ConsentError

    tok = factory.token(A, cid="c-restored")
    assert verifier.check([tok], [A]).ok
    other = settings.store.with_name("restored.sqlite3")
    with ConsentStore(other) as store:
        store.revoke_many(["c-restored"])
    os.replace(other, settings.store)  # e.g. restoring a backup with mv
    with pytest.raises(ConsentError):
        verifier.check([tok], [A])


def test_store_deleted_fails_closed(
    factory: ConsentFactory, settings: ConsentSettings, verifier: ConsentVerifier
) -> None:
    import pytest

    from gateway.consent import ConsentError

    tok = factory.token(A, cid="c-kept")
    assert verifier.check([tok], [A]).ok
    settings.store.unlink()
    with pytest.raises(ConsentError):
        verifier.check([tok], [A])
    assert verifier.check([], [A]).status is S.MISSING  # no token: store not consulted


def test_live_restore_through_sqlite_backup_api(
    factory: ConsentFactory, settings: ConsentSettings, verifier: ConsentVerifier
) -> None:
    # The supported way to restore under a running gateway (what `.restore` does).
    tok = factory.token(A, cid="c-backup")
    assert verifier.check([tok], [A]).ok
    other = settings.store.with_name("backup.sqlite3")
    with ConsentStore(other) as store:
        store.revoke_many(["c-backup"])
    src = sqlite3.connect(str(other))
    dst = sqlite3.connect(str(settings.store))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    assert verifier.check([tok], [A]).status is S.REVOKED

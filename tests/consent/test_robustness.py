"""Property-style checks: mutations never verify, garbage never raises, threads agree."""

from __future__ import annotations

import random
import threading

from gateway.consent import ConsentSettings, ConsentStatus, ConsentVerifier, revoke

from .factory import ConsentFactory

A = "alice@example.org"
S = ConsentStatus
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=, \t~\x00é"


def test_single_character_mutations_never_verify(
    factory: ConsentFactory, verifier: ConsentVerifier
) -> None:
    rng = random.Random(4)
    for org in ("crm-ed", "crm-hmac"):
        tok = factory.token(A, org=org)
        assert verifier.check([tok], [A]).ok
        for _ in range(300):
            i = rng.randrange(len(tok))
            c = rng.choice(_ALPHABET)
            if c == tok[i]:
                continue
            mutated = tok[:i] + c + tok[i + 1 :]
            status = verifier.check([mutated], [A]).status
            assert status in (S.MALFORMED, S.FORGED), (i, c, status)


def test_random_garbage_never_raises(verifier: ConsentVerifier) -> None:
    rng = random.Random(7)
    for _ in range(500):
        n = rng.randrange(0, 300)
        value = "".join(rng.choice(_ALPHABET) for _ in range(n))
        r = verifier.check([value], [A])
        assert r.status is not S.OK
        assert len(r.per_recipient) == 1


def test_threads_share_one_verifier_while_revoking(
    factory: ConsentFactory, settings: ConsentSettings, verifier: ConsentVerifier
) -> None:
    tok = factory.token(A, cid="c-threads")
    revoked_seen = threading.Event()
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(2000):
                status = verifier.check([tok], [A]).status
                if status is S.REVOKED:
                    revoked_seen.set()
                    return
                assert status is S.OK
        except BaseException as exc:  # surfaced in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    revoke("c-threads", settings=settings)
    for t in threads:
        t.join(timeout=30)
    assert not errors
    assert verifier.check([tok], [A]).status is S.REVOKED


def test_concurrent_key_creation_agrees(tmp_path: object) -> None:
    from pathlib import Path

    from cryptography.hazmat.primitives import serialization

    from gateway.consent import load_or_create_private_key

    assert isinstance(tmp_path, Path)
    path = tmp_path / "keys" / "k.pem"
    barrier = threading.Barrier(6)
    pubs: list[bytes] = []

    def make() -> None:
        barrier.wait()
        key = load_or_create_private_key(path)
        pubs.append(
            key.public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw
            )
        )

    threads = [threading.Thread(target=make) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(pubs) == 6 and len(set(pubs)) == 1
    assert [p.name for p in path.parent.iterdir()] == ["k.pem"]  # no temp files left

from __future__ import annotations

import base64
import json

import pytest

from gateway.consent import (
    ConsentError,
    ConsentSettings,
    ConsentStatus,
    ConsentVerifier,
    TrustedKey,
    hash_consent_id,
    issue_token,
    recipient_hash,
)

from .conftest import Clock
from .factory import ConsentFactory, b64u

A = "alice@example.org"
B = "bob@example.org"
C = "carol@example.org"
S = ConsentStatus


def payload(**over: object) -> dict[str, object]:
    base: dict[str, object] = {
        "cid": "c-1",
        "rh": recipient_hash(A),
        "pur": "marketing",
        "org": "crm-ed",
        "iat": 1_700_000_000,
        "exp": 4_000_000_000,
    }
    base.update(over)
    return base


# ---------------------------------------------------------------- single recipient


@pytest.mark.parametrize("org", ["crm-ed", "crm-hmac", "local"])
def test_valid_token_each_org_kind(
    factory: ConsentFactory, verifier: ConsentVerifier, org: str
) -> None:
    tok = factory.token(A, org=org, cid="c-valid")
    r = verifier.check([tok], [A])
    assert r.status is S.OK and r.ok
    assert r.per_recipient == (S.OK,)
    assert r.consent_ids_hashed == (hash_consent_id("c-valid"),)
    assert r.smtp_reply.startswith("250 ")


def test_recipient_match_ignores_case_and_brackets(
    factory: ConsentFactory, verifier: ConsentVerifier
) -> None:
    tok = factory.token("Alice@Example.ORG")
    assert verifier.check([tok], ["<alice@example.org>"]).status is S.OK


def test_issue_token_verifies(settings: ConsentSettings, verifier: ConsentVerifier) -> None:
    tok = issue_token(A, settings=settings, consent_id="c-issued")
    assert verifier.check([tok], [A]).status is S.OK
    hmac_tok = issue_token(A, settings=settings, org="crm-hmac")
    assert verifier.check([hmac_tok], [A]).status is S.OK


def test_issue_refuses_org_without_signing_key(settings: ConsentSettings) -> None:
    # crm-ed: only its public key is configured here, so we cannot sign for it.
    with pytest.raises(ConsentError):
        issue_token(A, settings=settings, org="crm-ed")
    with pytest.raises(ConsentError):
        issue_token(A, settings=settings, consent_id="bad id with spaces")


def test_forged_signature(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    r = verifier.check([factory.forged_token(A)], [A])
    assert r.status is S.FORGED and r.per_recipient == (S.FORGED,)
    assert "signature" in r.smtp_reply and r.smtp_reply.startswith("550 5.7.1 ")


def test_tampered_payload_is_forged(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    tok = factory.token(A, purpose="research")
    v, _, sig = tok.split(".")
    evil = b64u(json.dumps(payload(pur="marketing"), separators=(",", ":")).encode())
    assert verifier.check([f"{v}.{evil}.{sig}"], [A]).status is S.FORGED


def test_hmac_token_cannot_claim_ed25519_org(
    factory: ConsentFactory, verifier: ConsentVerifier
) -> None:
    # Algorithm confusion: an HMAC signature (e.g. keyed with the public key bytes)
    # under an Ed25519 org must not verify; the key type comes from config only.
    c = factory.claims(A, org="crm-ed")
    from gateway.consent import encode_token

    pub = factory.crm_ed_pub.read_bytes()
    import hashlib
    import hmac

    tok = encode_token(c, lambda d: hmac.new(pub, d, hashlib.sha256).digest())
    assert verifier.check([tok], [A]).status is S.FORGED
    # And a real HMAC-org signature relabelled as another HMAC-less org fails too.
    tok2 = factory.token(A, org="crm-hmac")
    v, p, sig = tok2.split(".")
    body = json.loads(base64.urlsafe_b64decode(p + "=="))
    body["org"] = "crm-ed"
    p2 = b64u(json.dumps(body).encode())
    assert verifier.check([f"{v}.{p2}.{sig}"], [A]).status is S.FORGED


def test_unknown_org_is_forged(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    assert verifier.check([factory.token(A, org="nobody")], [A]).status is S.FORGED


def test_token_for_another_recipient(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    r = verifier.check([factory.token(B)], [A])
    assert r.status is S.WRONG_RECIPIENT
    assert "another recipient" in r.smtp_reply


def test_expired_and_not_yet_valid(
    factory: ConsentFactory, verifier: ConsentVerifier, clock: Clock
) -> None:
    now = factory.now
    expired = factory.token(A, iat=now - 10 * 86400, exp=now - 3600)
    assert verifier.check([expired], [A]).status is S.EXPIRED
    future = factory.token(A, iat=now + 3600, exp=now + 7200)
    assert verifier.check([future], [A]).status is S.EXPIRED
    # Within the 300 s skew both ways: accepted.
    edge = factory.token(A, iat=now + 200, exp=now + 86400)
    assert verifier.check([edge], [A]).status is S.OK
    just_expired = factory.token(A, iat=now - 86400, exp=now - 200)
    assert verifier.check([just_expired], [A]).status is S.OK
    clock.now = now + 400  # the clock moves on; same verifier
    assert verifier.check([just_expired], [A]).status is S.EXPIRED


def test_wrong_purpose(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    tok = factory.token(A, purpose="research")
    assert verifier.check([tok], [A]).status is S.WRONG_PURPOSE
    assert verifier.check([tok], [A], purpose="research").status is S.OK


def test_no_header(verifier: ConsentVerifier) -> None:
    r = verifier.check([], [A, B])
    assert r.status is S.MISSING and r.per_recipient == (S.MISSING, S.MISSING)
    assert "2 of 2" in r.smtp_reply


def test_no_recipients_fails_closed(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    assert not verifier.check([factory.token(A)], []).ok


# ---------------------------------------------------------------- malformed


def _raw(factory: ConsentFactory, obj: object) -> str:
    return factory.raw_token(json.dumps(obj).encode())


MALFORMED_PAYLOADS: list[tuple[str, bytes]] = [
    (
        "duplicate-key",
        b'{"cid":"c-1","cid":"c-2","rh":"' + recipient_hash(A).encode() + b'",'
        b'"pur":"marketing","org":"crm-ed","iat":1700000000,"exp":4000000000}',
    ),
    ("not-json", b"{nope"),
    ("array", b"[1,2]"),
    ("nan", json.dumps(payload()).replace("1700000000", "NaN").encode()),
    ("utf8-bad", b"\xff\xfe"),
    ("deep", b"[" * 5000 + b"]" * 5000),
]


@pytest.mark.parametrize(
    ("name", "body"), MALFORMED_PAYLOADS, ids=[n for n, _ in MALFORMED_PAYLOADS]
)
def test_malformed_payload_bytes(
    factory: ConsentFactory, verifier: ConsentVerifier, name: str, body: bytes
) -> None:
    assert verifier.check([factory.raw_token(body)], [A]).status is S.MALFORMED


BAD_CLAIMS = {
    "extra-key": payload(x=1),
    "missing-key": {k: v for k, v in payload().items() if k != "pur"},
    "bool-iat": payload(iat=True),
    "float-exp": payload(exp=4_000_000_000.0),
    "string-exp": payload(exp="4000000000"),
    "exp-before-iat": payload(exp=1_600_000_000),
    "rh-uppercase": payload(rh=recipient_hash(A).upper()),
    "rh-short": payload(rh="abc"),
    "cid-space": payload(cid="c 1"),
    "cid-empty": payload(cid=""),
    "pur-int": payload(pur=5),
    "org-null": payload(org=None),
    "huge-exp": payload(exp=10**30),
}


@pytest.mark.parametrize("name", sorted(BAD_CLAIMS))
def test_malformed_claims(factory: ConsentFactory, verifier: ConsentVerifier, name: str) -> None:
    assert verifier.check([_raw(factory, BAD_CLAIMS[name])], [A]).status is S.MALFORMED


def test_well_formed_raw_payload_is_ok(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    # Control for the two tests above: the same route with good claims verifies.
    assert verifier.check([_raw(factory, payload())], [A]).status is S.OK


@pytest.mark.parametrize(
    "value",
    [
        "garbage",
        "v1.",
        "v1..",
        "v2.eyJ9.c2ln",
        "v1.@@@@.c2ln",
        "v1.eyJ9",
        "v1.a.b.c",
        "v1.e.c2ln",  # base64 of length 1 mod 4
        "\u00e9v1.eyJ9.c2ln",
        "   ",
    ],
)
def test_malformed_header_values(verifier: ConsentVerifier, value: str) -> None:
    r = verifier.check([value], [A])
    assert r.status is S.MALFORMED, value
    assert "malformed" in r.smtp_reply


def test_non_canonical_base64_rejected(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    tok = factory.token(A)
    v, p, sig = tok.split(".")
    # A 64-byte signature encodes to 86 chars; the last char carries 4 unused bits.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    last = alphabet.index(sig[-1])
    twin = sig[:-1] + alphabet[last | 1]
    assert twin != sig
    assert base64.urlsafe_b64decode(twin + "==") == base64.urlsafe_b64decode(sig + "==")
    assert verifier.check([f"{v}.{p}.{twin}"], [A]).status is S.MALFORMED
    assert verifier.check([tok], [A]).status is S.OK


def test_oversized(factory: ConsentFactory, settings: ConsentSettings, clock: Clock) -> None:
    with ConsentVerifier(settings.model_copy(update={"max_tokens": 3}), clock=clock) as v:
        tok = factory.token(A)
        assert v.check([tok] * 3, [A]).status is S.OK
        assert v.check([tok] * 4, [A]).status is S.MALFORMED
    with ConsentVerifier(settings, clock=clock) as v:
        assert v.check(["v1." + "A" * 5000 + ".AAAA"], [A]).status is S.MALFORMED
        assert v.check(["x" * 70_000], [A]).status is S.MALFORMED
        big_payload = factory.raw_token(
            json.dumps(payload(cid="c-" + "x" * 120, pad="y" * 900)).encode()
        )
        assert v.check([big_payload], [A]).status is S.MALFORMED


# ---------------------------------------------------------------- multi-recipient


def test_all_recipients_covered_several_headers(
    factory: ConsentFactory, verifier: ConsentVerifier
) -> None:
    toks = [factory.token(A), factory.token(B, org="crm-hmac"), factory.token(C, org="local")]
    r = verifier.check(toks, [A, B, C])
    assert r.status is S.OK and r.per_recipient == (S.OK, S.OK, S.OK)
    assert len(r.consent_ids_hashed) == 3


def test_one_header_many_tokens(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    value = f"{factory.token(A)},\r\n {factory.token(B)}  {factory.token(C)}"
    assert verifier.check([value], [A, B, C]).status is S.OK


def test_partial_consent_refuses_whole_message(
    factory: ConsentFactory, verifier: ConsentVerifier
) -> None:
    r = verifier.check([factory.token(A), factory.token(B)], [A, B, C])
    assert r.status is S.WRONG_RECIPIENT
    assert r.per_recipient == (S.OK, S.OK, S.WRONG_RECIPIENT)
    assert "1 of 3" in r.smtp_reply
    for secret in (A, B, C, "alice", "example.org"):
        assert secret not in r.smtp_reply


def test_mixed_failures_pick_precedence(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    now = factory.now
    toks = [
        factory.token(A),
        factory.token(B, purpose="research"),
        factory.token(C, iat=now - 9000, exp=now - 4000),
    ]
    r = verifier.check(toks, [A, B, C])
    assert r.per_recipient == (S.OK, S.WRONG_PURPOSE, S.EXPIRED)
    assert r.status is S.EXPIRED  # expired outranks wrong purpose
    assert "2 of 3" in r.smtp_reply


def test_forged_token_never_ignored(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    r = verifier.check([factory.token(A), factory.forged_token(B), factory.token(B)], [A, B])
    assert r.per_recipient == (S.OK, S.OK)
    assert r.status is S.FORGED and r.bad_tokens == 1
    assert "1 token" in r.smtp_reply


def test_unverifiable_token_blamed_on_uncovered_recipient(
    factory: ConsentFactory, verifier: ConsentVerifier
) -> None:
    r = verifier.check([factory.token(A), "garbage"], [A, B])
    assert r.per_recipient == (S.OK, S.MALFORMED)
    assert r.status is S.MALFORMED


def test_renewed_consent_wins_over_expired(
    factory: ConsentFactory, verifier: ConsentVerifier
) -> None:
    now = factory.now
    old = factory.token(A, iat=now - 9000, exp=now - 4000)
    assert verifier.check([old, factory.token(A)], [A]).status is S.OK


def test_tokens_for_non_recipients_ignored(
    factory: ConsentFactory, verifier: ConsentVerifier
) -> None:
    assert verifier.check([factory.token(A), factory.token(C)], [A]).status is S.OK


def test_duplicate_recipient_and_token(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    tok = factory.token(A)
    assert verifier.check([tok, tok], [A, A.upper()]).status is S.OK


# ---------------------------------------------------------------- keys and settings


def test_fresh_machine_defaults(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    monkeypatch.chdir(tmp_path)
    s = ConsentSettings()
    with ConsentVerifier(s) as v:
        tok = issue_token(A, settings=s)
        assert v.check([tok], [A]).status is S.OK
    mode = os.stat(tmp_path / "var" / "consent_ed25519.pem").st_mode & 0o777
    assert mode == 0o600


def test_settings_reject_unknown_keys_and_bad_values() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        ConsentSettings(bogus=1)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        ConsentSettings(header="X Bad: name")
    with pytest.raises(ValidationError):
        ConsentSettings(partial="split")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        TrustedKey(org="bad org", path="x")  # type: ignore[arg-type]


def test_short_hmac_secret_refused(factory: ConsentFactory) -> None:
    short = factory.root / "short.secret"
    short.write_bytes(b"too-short\n")
    s = factory.settings(trusted_keys=(TrustedKey(org="x", alg="hmac-sha256", path=short),))
    with pytest.raises(ConsentError) as exc:
        ConsentVerifier(s)
    assert "32 bytes" in str(exc.value)


def test_wrong_key_type_refused(factory: ConsentFactory) -> None:
    s = factory.settings(trusted_keys=(TrustedKey(org="x", alg="ed25519", path=factory.hmac_file),))
    with pytest.raises(ConsentError):
        ConsentVerifier(s)


def test_key_rotation_two_keys_one_org(factory: ConsentFactory, clock: Clock) -> None:
    old_pub = factory.root / "old.pub.pem"
    from cryptography.hazmat.primitives import serialization

    old_pub.write_bytes(
        factory.rogue_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    s = factory.settings(
        trusted_keys=(
            TrustedKey(org="crm-ed", path=factory.crm_ed_pub),
            TrustedKey(org="crm-ed", path=old_pub),
        )
    )
    with ConsentVerifier(s, clock=clock) as v:
        assert v.check([factory.token(A)], [A]).status is S.OK
        assert v.check([factory.forged_token(A)], [A]).status is S.OK  # old key still trusted


def test_purpose_defaults_to_settings(factory: ConsentFactory, clock: Clock) -> None:
    tok = factory.token(A, purpose="newsletter")
    with ConsentVerifier(factory.settings(purpose="newsletter"), clock=clock) as v:
        assert v.check([tok], [A]).ok
        assert v.check([tok], [A], purpose="marketing").status is S.WRONG_PURPOSE


def test_reply_parts_for_decision(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    r = verifier.check([factory.token(B)], [A])
    assert r.reply_code == 550
    assert r.reply_text.startswith("5.7.1 ")
    assert r.smtp_reply == f"{r.reply_code} {r.reply_text}"


@pytest.mark.parametrize("bad", ["", "   ", "no-at-sign", "@example.org", "a b@example.org"])
def test_issue_rejects_non_addresses(settings: ConsentSettings, bad: str) -> None:
    with pytest.raises(ConsentError):
        issue_token(bad, settings=settings)


def test_documented_crm_minting_recipe(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    # The recipe in docs/consent.md, written without any gateway helper.
    import hashlib
    import hmac
    import time

    from .factory import HMAC_SECRET

    def b64(b: bytes) -> str:
        return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

    rh = hashlib.sha256(" Alice@Example.org ".strip().lower().encode()).hexdigest()
    now = int(time.time())
    body = json.dumps(
        {
            "cid": "crm-4711",
            "rh": rh,
            "pur": "marketing",
            "org": "crm-hmac",
            "iat": now,
            "exp": now + 365 * 86400,
        },
        separators=(",", ":"),
    )
    head = "v1." + b64(body.encode())
    token = head + "." + b64(hmac.new(HMAC_SECRET, head.encode(), hashlib.sha256).digest())
    assert verifier.check([token], ["alice@example.org"]).status is S.OK


@pytest.mark.parametrize("field", ["cid", "rh", "pur", "org"])
def test_trailing_newline_in_claim_is_malformed(
    factory: ConsentFactory, verifier: ConsentVerifier, field: str
) -> None:
    # A "$"-anchored regex would accept "value\n"; the grammar must not.
    p = payload()
    p[field] = str(p[field]) + "\n"
    assert verifier.check([_raw(factory, p)], [A]).status is S.MALFORMED


def test_store_and_keys_are_owner_only(factory: ConsentFactory, verifier: ConsentVerifier) -> None:
    import os

    assert os.stat(factory.store).st_mode & 0o777 == 0o600
    assert os.stat(factory.key_file).st_mode & 0o777 == 0o600

"""Marketing consent: signed tokens, the revocation store, and header handling.

HIPAA (45 CFR 164.508(a)(3)) requires a patient's written authorization before their
PHI is used for marketing. A sending system proves that authorization exists by
putting a signed consent token for each recipient in a header (``X-PHI-Consent`` by
default). The gateway verifies the signature, the recipient binding, the purpose,
the validity window and the revocation list, and removes the header before the
message leaves.

Token format (documented in docs/consent.md so a CRM can mint tokens itself)::

    v1.<base64url(payload JSON)>.<base64url(signature)>

    payload = {"cid": consent id, "rh": sha256 hex of the lowercased recipient,
               "pur": purpose, "org": issuing organisation, "iat": int, "exp": int}

The signature covers the ASCII bytes ``v1.<payload part>``. The algorithm is never
read from the token: the organisation named by ``org`` selects the configured keys,
and each key has a fixed type (Ed25519 or HMAC-SHA256). That rules out the JWT
"alg confusion" family of attacks.

Nothing here logs or raises with recipient addresses, consent ids or token text:
statuses, counts and hashes only.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from pydantic import BaseModel, ConfigDict, Field, field_validator

from gateway.crypto import write_private_file
from gateway.headers import get_header_values, remove_headers

TOKEN_VERSION = "v1"  # noqa: S105 (a format tag, not a secret)
_ORG_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_PURPOSE_RE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
# Consent ids are opaque to us; a narrow alphabet keeps control characters, spaces
# and anything that looks like free text (possible PHI) out of the store and the CLI.
_CID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_RH_RE = re.compile(r"[0-9a-f]{64}")
_HEADER_NAME_RE = re.compile(r"[!-9;-~]{1,76}")  # RFC 5322 ftext
_TOKEN_RE = re.compile(r"v1\.([A-Za-z0-9_-]{1,4096})\.([A-Za-z0-9_-]{1,512})")
_SEPARATORS = re.compile(r"[\s,]+")
_PAYLOAD_KEYS = frozenset({"cid", "rh", "pur", "org", "iat", "exp"})
_MAX_PAYLOAD_BYTES = 1024
_MIN_HMAC_SECRET = 32


# --------------------------------------------------------------------------- settings


class TrustedKey(BaseModel):
    """One verification key for one issuing organisation (several allowed for rotation)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    org: str = Field(description="Organisation name as it appears in the token's 'org' claim.")
    alg: Literal["ed25519", "hmac-sha256"] = Field(
        default="ed25519",
        description="Key type. ed25519: PEM public key file. hmac-sha256: shared secret file.",
    )
    path: Path = Field(
        description="Public key (PEM SubjectPublicKeyInfo) or secret file (>= 32 bytes, "
        "surrounding whitespace stripped)."
    )

    @field_validator("org")
    @classmethod
    def _org_ok(cls, v: str) -> str:
        if not _ORG_RE.fullmatch(v):
            raise ValueError("org must match [A-Za-z0-9][A-Za-z0-9._-]{0,63}")
        return v


class ConsentSettings(BaseModel):
    """Config section ``consent``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Header carrying consent tokens; removed before the message leaves the gateway.
    header: str = "X-PHI-Consent"
    # SQLite file holding issued consents and the revocation list (WAL mode, shared
    # with the CLI; a revocation written by another process applies without restart).
    store: Path = Path("var/consent.sqlite3")
    # Ed25519 private key (PEM PKCS8) this gateway issues tokens with. Generated with
    # mode 0600 on first use if absent: convenient for development; in production
    # provision it and back it up.
    key_file: Path = Path("var/consent_ed25519.pem")
    # Organisation name written into tokens signed with key_file.
    org: str = "local"
    # Accept tokens signed with key_file's public key for ``org``.
    trust_own_key: bool = True
    # Keys accepted for verification, per issuing organisation (CRMs minting tokens).
    trusted_keys: tuple[TrustedKey, ...] = ()
    # Purpose required when the caller does not name one, and the default for `issue`.
    purpose: str = "marketing"
    # Consent valid for some recipients only. SMTP DATA has one reply for all
    # recipients, so the only safe answer without per-recipient splitting is to refuse
    # the whole message (550 5.7.1 naming the count). Other modes need pipeline support.
    partial: Literal["refuse"] = "refuse"
    # Tolerated clock difference (seconds) between the issuer and the gateway.
    clock_skew_seconds: int = Field(default=300, ge=0, le=86400)
    # Validity given to tokens issued by `consent issue` when --days is not given.
    default_days: int = Field(default=365, ge=1, le=3650)
    # Size limits: one token, all consent header values together, number of tokens.
    max_token_bytes: int = Field(default=2048, ge=128, le=8192)
    max_header_bytes: int = Field(default=65536, ge=1024, le=1 << 20)
    max_tokens: int = Field(default=1000, ge=1, le=10000)

    @field_validator("header")
    @classmethod
    def _header_ok(cls, v: str) -> str:
        if not _HEADER_NAME_RE.fullmatch(v):
            raise ValueError("not a valid header field name")
        return v

    @field_validator("org")
    @classmethod
    def _org_ok(cls, v: str) -> str:
        if not _ORG_RE.fullmatch(v):
            raise ValueError("org must match [A-Za-z0-9][A-Za-z0-9._-]{0,63}")
        return v

    @field_validator("purpose")
    @classmethod
    def _purpose_ok(cls, v: str) -> str:
        if not _PURPOSE_RE.fullmatch(v):
            raise ValueError("purpose must match [a-z0-9][a-z0-9_.-]{0,63}")
        return v


class ConsentError(Exception):
    """A configuration or usage error (bad key file, unknown org). Never carries PHI."""


# --------------------------------------------------------------------------- results


class ConsentStatus(StrEnum):
    """Result of a consent check; a ``str`` so it goes into audit JSON and labels as is."""

    OK = "ok"
    MISSING = "missing"
    MALFORMED = "malformed"
    FORGED = "forged"
    EXPIRED = "expired"
    REVOKED = "revoked"
    WRONG_RECIPIENT = "wrong_recipient"
    WRONG_PURPOSE = "wrong_purpose"

    def __str__(self) -> str:
        return str(self.value)


# Which failure names the message when several apply: tampering first, then the
# states a sender can act on. Index = precedence (lower wins).
_PRECEDENCE = (
    ConsentStatus.FORGED,
    ConsentStatus.MALFORMED,
    ConsentStatus.REVOKED,
    ConsentStatus.EXPIRED,
    ConsentStatus.WRONG_PURPOSE,
    ConsentStatus.WRONG_RECIPIENT,
    ConsentStatus.MISSING,
    ConsentStatus.OK,
)

_REPLY_LABEL = {
    ConsentStatus.MISSING: "no consent token",
    ConsentStatus.MALFORMED: "malformed consent token",
    ConsentStatus.FORGED: "consent token signature not valid",
    ConsentStatus.EXPIRED: "consent token outside its validity period",
    ConsentStatus.REVOKED: "consent revoked",
    ConsentStatus.WRONG_RECIPIENT: "consent token issued for another recipient",
    ConsentStatus.WRONG_PURPOSE: "consent token issued for another purpose",
}


def _worst(statuses: Iterable[ConsentStatus]) -> ConsentStatus:
    return min(statuses, key=_PRECEDENCE.index, default=ConsentStatus.OK)


@dataclass(frozen=True)
class ConsentResult:
    """Outcome of one consent check. Carries no addresses, ids or token text."""

    status: ConsentStatus
    consent_ids_hashed: tuple[str, ...]  # hash_consent_id() of every verified token used
    per_recipient: tuple[ConsentStatus, ...]  # same order as the recipients passed in
    bad_tokens: int = 0  # tokens that were malformed or failed signature verification

    @property
    def ok(self) -> bool:
        return self.status is ConsentStatus.OK

    @property
    def failed_recipients(self) -> int:
        return sum(1 for s in self.per_recipient if s is not ConsentStatus.OK)

    @property
    def smtp_reply(self) -> str:
        """The full reply line; ``reply_text`` is the same without the code."""
        return self._reply()

    @property
    def reply_code(self) -> int:
        return 250 if self.ok else 550

    @property
    def reply_text(self) -> str:
        """For ``Decision.reply_text``: the reply after the code (``5.7.1 ...``)."""
        return self._reply().split(" ", 1)[1]

    def _reply(self) -> str:
        """``550 5.7.1 ...`` naming the failed check and counts, or ``250 2.0.0`` when OK."""
        if self.ok:
            return "250 2.0.0 Consent verified"
        label = _REPLY_LABEL[self.status]
        total = len(self.per_recipient)
        failed = self.failed_recipients
        if self.status in (ConsentStatus.FORGED, ConsentStatus.MALFORMED) and failed == 0:
            return (
                f"550 5.7.1 Marketing consent refused: {label} "
                f"({self.bad_tokens} token(s); every token must verify)"
            )
        return (
            f"550 5.7.1 Marketing consent refused: {label} "
            f"({failed} of {total} recipient(s) without valid consent)"
        )


# --------------------------------------------------------------------------- hashing


def normalize_address(address: str) -> str:
    """The form hashed into ``rh``: angle brackets and surrounding space removed, lowercased.

    Lowercasing the local part is not RFC 5321-exact, but every mailbox provider a
    marketing list reaches treats it case-insensitively, and CRMs store it that way.
    """
    return address.strip().removeprefix("<").removesuffix(">").strip().lower()


def recipient_hash(address: str) -> str:
    """``rh`` claim: hex SHA-256 of the UTF-8 normalized address.

    Not secret (addresses can be guessed and hashed); it keeps addresses out of tokens,
    logs and the store while letting a CRM compute it with plain SQL.
    """
    return hashlib.sha256(normalize_address(address).encode("utf-8")).hexdigest()


def hash_consent_id(consent_id: str) -> str:
    """Stable short hash of a consent id for audit records and metrics."""
    digest = hashlib.sha256(b"phi-gateway consent-id v1\x00" + consent_id.encode("utf-8"))
    return digest.hexdigest()[:16]


def new_consent_id() -> str:
    return "c-" + uuid.uuid4().hex


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64d(text: str) -> bytes:
    """Strict base64url without padding: non-canonical encodings are rejected."""
    padded = text + "=" * (-len(text) % 4)
    try:
        data = base64.urlsafe_b64decode(padded.encode("ascii"))
    except (binascii.Error, ValueError) as exc:
        raise _Malformed from exc
    # The last character may carry unused bits; re-encoding catches a second spelling
    # of the same bytes (a token that differs yet verifies).
    if _b64e(data) != text:
        raise _Malformed
    return data


class _Malformed(Exception):
    pass


# --------------------------------------------------------------------------- keys


def _ensure_private_dir(path: Path) -> None:
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)


def create_private_file_once(path: Path, data: bytes) -> None:
    """Create ``path`` (mode 0600) holding ``data`` unless it exists; never partial.

    Written to a temporary name and hard-linked into place: link() fails if the name
    exists, so two processes starting together agree on one key, and a reader never
    sees a half-written file.
    """
    _ensure_private_dir(path)
    with contextlib.suppress(FileExistsError):  # another process won: use theirs
        write_private_file(path, data)


def load_or_create_private_key(path: Path) -> Ed25519PrivateKey:
    """Load the Ed25519 issuing key, creating it (mode 0600) if absent."""
    if not path.exists():
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        create_private_file_once(path, pem)
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError, OSError) as exc:
        raise ConsentError(f"consent.key_file {path}: not a readable PEM private key") from exc
    if not isinstance(loaded, Ed25519PrivateKey):
        raise ConsentError(f"consent.key_file {path}: not an Ed25519 key")
    return loaded


def public_key_pem(key: Ed25519PrivateKey) -> bytes:
    """PEM of the public half: what to hand out as a ``trusted_keys`` entry elsewhere."""
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _load_hmac_secret(path: Path) -> bytes:
    try:
        secret = path.read_bytes().strip()
    except OSError as exc:
        raise ConsentError(f"consent key {path}: cannot read") from exc
    if len(secret) < _MIN_HMAC_SECRET:
        raise ConsentError(f"consent key {path}: HMAC secret shorter than 32 bytes")
    return secret


@dataclass(frozen=True)
class _Key:
    alg: Literal["ed25519", "hmac-sha256"]
    public: Ed25519PublicKey | None = None
    secret: bytes = field(default=b"", repr=False)  # never in a repr or traceback
    private: Ed25519PrivateKey | None = field(default=None, repr=False)

    def verify(self, signing_input: bytes, sig: bytes) -> bool:
        if self.alg == "hmac-sha256":
            expected = hmac.new(self.secret, signing_input, hashlib.sha256).digest()
            return hmac.compare_digest(expected, sig)
        assert self.public is not None
        if len(sig) != 64:
            return False
        try:
            self.public.verify(sig, signing_input)
        except InvalidSignature:
            return False
        return True

    @property
    def can_sign(self) -> bool:
        return self.alg == "hmac-sha256" or self.private is not None

    def sign(self, signing_input: bytes) -> bytes:
        if self.alg == "hmac-sha256":
            return hmac.new(self.secret, signing_input, hashlib.sha256).digest()
        if self.private is None:
            raise ConsentError("no private key for this organisation")
        return self.private.sign(signing_input)


def _load_keys(settings: ConsentSettings) -> dict[str, tuple[_Key, ...]]:
    keys: dict[str, list[_Key]] = {}
    if settings.trust_own_key:
        priv = load_or_create_private_key(settings.key_file)
        keys.setdefault(settings.org, []).append(
            _Key("ed25519", public=priv.public_key(), private=priv)
        )
    for tk in settings.trusted_keys:
        if tk.alg == "hmac-sha256":
            keys.setdefault(tk.org, []).append(
                _Key("hmac-sha256", secret=_load_hmac_secret(tk.path))
            )
            continue
        try:
            pub = serialization.load_pem_public_key(tk.path.read_bytes())
        except (ValueError, OSError) as exc:
            raise ConsentError(f"consent key {tk.path}: not a readable PEM public key") from exc
        if not isinstance(pub, Ed25519PublicKey):
            raise ConsentError(f"consent key {tk.path}: not an Ed25519 public key")
        keys.setdefault(tk.org, []).append(_Key("ed25519", public=pub))
    return {org: tuple(v) for org, v in keys.items()}


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class TokenClaims:
    consent_id: str
    recipient_hash: str
    purpose: str
    org: str
    issued_at: int
    expires_at: int


def encode_token(claims: TokenClaims, sign: Callable[[bytes], bytes]) -> str:
    """Serialize and sign. ``sign`` receives the signing input ``b"v1.<payload>"``."""
    payload = json.dumps(
        {
            "cid": claims.consent_id,
            "rh": claims.recipient_hash,
            "pur": claims.purpose,
            "org": claims.org,
            "iat": claims.issued_at,
            "exp": claims.expires_at,
        },
        separators=(",", ":"),
        sort_keys=True,
    ).encode("utf-8")
    head = f"{TOKEN_VERSION}.{_b64e(payload)}"
    return f"{head}.{_b64e(sign(head.encode('ascii')))}"


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _Malformed
        out[k] = v
    return out


def _reject_constant(_name: str) -> Any:
    raise _Malformed  # NaN / Infinity are not JSON


def _parse_claims(payload: bytes) -> TokenClaims:
    if len(payload) > _MAX_PAYLOAD_BYTES:
        raise _Malformed
    try:
        text = payload.decode("utf-8", errors="strict")
        obj = json.loads(
            text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _Malformed from exc
    if not isinstance(obj, dict) or set(obj) != _PAYLOAD_KEYS:
        raise _Malformed
    cid, rh, pur, org, iat, exp = (obj[k] for k in ("cid", "rh", "pur", "org", "iat", "exp"))
    for s, pattern in ((cid, _CID_RE), (rh, _RH_RE), (pur, _PURPOSE_RE), (org, _ORG_RE)):
        if not isinstance(s, str) or not pattern.fullmatch(s):
            raise _Malformed
    # bool is an int subclass in Python: "iat": true must not pass.
    for n in (iat, exp):
        if type(n) is not int or not 0 < n < 1 << 40:
            raise _Malformed
    if exp <= iat:
        raise _Malformed
    return TokenClaims(cid, rh, pur, org, iat, exp)


def split_tokens(header_values: Sequence[str]) -> list[str]:
    """Tokens in the header values: several fields, or comma/whitespace separated."""
    out: list[str] = []
    for value in header_values:
        out.extend(t for t in _SEPARATORS.split(value) if t)
    return out


# --------------------------------------------------------------------------- store


_SCHEMA = """
CREATE TABLE IF NOT EXISTS consents (
    cid TEXT PRIMARY KEY,
    rh TEXT NOT NULL,
    purpose TEXT NOT NULL,
    org TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS revocations (
    cid TEXT PRIMARY KEY,
    revoked_at REAL NOT NULL,
    source TEXT NOT NULL
);
"""


def _connect(path: Path) -> sqlite3.Connection:
    _ensure_private_dir(path)
    if not path.exists():
        # Consent ids and recipient hashes are not PHI, but they link a person to a
        # marketing authorization: owner-only, like the keys. SQLite gives the -wal and
        # -shm files the same mode as the database file.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA busy_timeout = 5000")
    # WAL: the CLI can write while the gateway reads, without either blocking.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.executescript(_SCHEMA)
    return conn


@dataclass(frozen=True)
class ConsentRecord:
    """One row for `consent list`: the recipient only as its hash."""

    consent_id: str
    id_hash: str
    recipient_hash: str | None
    purpose: str | None
    org: str | None
    issued_at: int | None
    expires_at: int | None
    revoked_at: float | None

    def as_json(self) -> dict[str, Any]:
        return {
            "consent_id": self.consent_id,
            "id_hash": self.id_hash,
            "recipient_hash": self.recipient_hash,
            "purpose": self.purpose,
            "org": self.org,
            "issued_at": self.issued_at,
            "expires_at": self.expires_at,
            "revoked_at": self.revoked_at,
            "revoked": self.revoked_at is not None,
        }


class ConsentStore:
    """Issued consents and revocations in one SQLite file (safe across processes)."""

    def __init__(self, path: Path) -> None:
        self._conn = _connect(path)
        self._lock = threading.Lock()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ConsentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def data_version(self) -> int:
        """Changes whenever another connection commits: the cheap staleness check."""
        with self._lock:
            row = self._conn.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def record_issued(self, claims: TokenClaims) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO consents VALUES (?, ?, ?, ?, ?, ?)",
                (
                    claims.consent_id,
                    claims.recipient_hash,
                    claims.purpose,
                    claims.org,
                    claims.issued_at,
                    claims.expires_at,
                ),
            )

    def revoke_many(self, consent_ids: Iterable[str], source: str = "cli") -> int:
        """Revoke ids (known or not: CRM-minted tokens are never recorded here).

        Returns how many were newly revoked. One transaction: all or nothing.
        """
        now = time.time()
        ids = list(consent_ids)
        for cid in ids:
            if not _CID_RE.fullmatch(cid):
                raise ConsentError("consent id has characters outside [A-Za-z0-9._:-]")
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                before = self._conn.total_changes
                self._conn.executemany(
                    "INSERT OR IGNORE INTO revocations VALUES (?, ?, ?)",
                    [(cid, now, source) for cid in ids],
                )
                added = self._conn.total_changes - before
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return added

    def revoked_among(self, consent_ids: Sequence[str]) -> set[str]:
        if not consent_ids:
            return set()
        marks = ",".join("?" * len(consent_ids))
        with self._lock:
            rows = self._conn.execute(
                f"SELECT cid FROM revocations WHERE cid IN ({marks})",  # noqa: S608
                list(consent_ids),
            ).fetchall()
        return {str(r[0]) for r in rows}

    def records(self) -> list[ConsentRecord]:
        with self._lock:
            rows = self._conn.execute(
                """
                SELECT c.cid, c.rh, c.purpose, c.org, c.issued_at, c.expires_at, r.revoked_at
                  FROM consents c LEFT JOIN revocations r ON r.cid = c.cid
                UNION ALL
                SELECT r.cid, NULL, NULL, NULL, NULL, NULL, r.revoked_at
                  FROM revocations r WHERE r.cid NOT IN (SELECT cid FROM consents)
                ORDER BY 1
                """
            ).fetchall()
        return [
            ConsentRecord(
                consent_id=r[0],
                id_hash=hash_consent_id(r[0]),
                recipient_hash=r[1],
                purpose=r[2],
                org=r[3],
                issued_at=r[4],
                expires_at=r[5],
                revoked_at=r[6],
            )
            for r in rows
        ]


# --------------------------------------------------------------------------- verifier


def _file_ident(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


@dataclass(frozen=True)
class _Verified:
    claims: TokenClaims


class ConsentVerifier:
    """Checks consent headers against recipients. No sockets; reads the SQLite store.

    Thread-safe. Revocations committed by any other connection or process apply at
    the next check: ``PRAGMA data_version`` (one cheap call) invalidates the cache.
    """

    _CACHE_MAX = 100_000

    def __init__(self, settings: ConsentSettings, clock: Callable[[], float] = time.time) -> None:
        self._settings = settings
        self._clock = clock
        self._keys = _load_keys(settings)
        self._store = ConsentStore(settings.store)
        self._ident = _file_ident(settings.store)
        self._lock = threading.Lock()
        self._version = -1
        self._revoked_cache: dict[str, bool] = {}

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> ConsentVerifier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def settings(self) -> ConsentSettings:
        return self._settings

    def _verify_token(self, token: str) -> _Verified | ConsentStatus:
        if len(token) > self._settings.max_token_bytes:
            return ConsentStatus.MALFORMED
        m = _TOKEN_RE.fullmatch(token)
        if m is None:
            return ConsentStatus.MALFORMED
        try:
            claims = _parse_claims(_b64d(m.group(1)))
            sig = _b64d(m.group(2))
        except _Malformed:
            return ConsentStatus.MALFORMED
        keys = self._keys.get(claims.org, ())
        signing_input = token[: m.end(1)].encode("ascii")
        # Every configured key is tried (rotation); an unknown org cannot be verified,
        # which is indistinguishable from a forgery for the sender's purposes.
        if not any(k.verify(signing_input, sig) for k in keys):
            return ConsentStatus.FORGED
        return _Verified(claims)

    def _revoked(self, consent_ids: set[str]) -> set[str]:
        if not consent_ids:
            return set()
        with self._lock:
            if _file_ident(self._settings.store) != self._ident:
                # The file was replaced or removed under us (mv of a backup, rm). Our
                # connection still reads the old inode, so revocations written to the
                # new file would be silently missed, and reopening is unsafe in WAL mode
                # (a leftover -wal of the old file would be replayed onto the new one).
                # Fail closed; the caller answers 4xx until restart. Live restores go
                # through SQLite itself (`sqlite3 FILE ".restore backup"`), which
                # data_version does see.
                raise ConsentError(
                    "consent store file was replaced or removed while in use; restart"
                )
            version = self._store.data_version()
            if version != self._version:
                self._revoked_cache.clear()
                self._version = version
            if len(self._revoked_cache) + len(consent_ids) > self._CACHE_MAX:
                self._revoked_cache.clear()  # bounded memory; refills from the index
            unknown = [c for c in consent_ids if c not in self._revoked_cache]
            if unknown:
                hit = self._store.revoked_among(unknown)
                for c in unknown:
                    self._revoked_cache[c] = c in hit
            return {c for c in consent_ids if self._revoked_cache[c]}

    def check(
        self,
        header_values: list[str],
        recipients: Sequence[str],
        purpose: str | None = None,
    ) -> ConsentResult:
        """Verify the consent header values for every recipient.

        Every token present must be well formed and verify (a forged token is never
        ignored, even if other tokens cover every recipient). Each recipient needs at
        least one verified, unrevoked, unexpired token for ``purpose`` bound to it.
        Verified tokens for addresses that are not recipients are ignored.
        ``purpose`` defaults to ``settings.purpose`` ("marketing").
        """
        purpose = purpose or self._settings.purpose
        n = len(recipients)

        def uniform(status: ConsentStatus, bad: int = 0) -> ConsentResult:
            return ConsentResult(status, (), (status,) * n, bad)

        if n == 0:
            return uniform(ConsentStatus.MISSING)
        if not header_values:
            return uniform(ConsentStatus.MISSING)
        s = self._settings
        if sum(len(v) for v in header_values) > s.max_header_bytes:
            return uniform(ConsentStatus.MALFORMED, 1)
        tokens = split_tokens(header_values)
        if not tokens:
            return uniform(ConsentStatus.MALFORMED, 1)  # header present but empty
        if len(tokens) > s.max_tokens:
            return uniform(ConsentStatus.MALFORMED, len(tokens))

        verified: list[TokenClaims] = []
        bad: list[ConsentStatus] = []
        # Identical tokens verify once: a sender repeating one token many times costs
        # one signature check (Ed25519 verification is ~0.1 ms).
        for tok in dict.fromkeys(tokens):
            r = self._verify_token(tok)
            if isinstance(r, _Verified):
                verified.append(r.claims)
            else:
                bad.append(r)
        bad_status = _worst(bad) if bad else None

        now = self._clock()
        skew = s.clock_skew_seconds
        revoked = self._revoked({c.consent_id for c in verified})

        def token_status(c: TokenClaims) -> ConsentStatus:
            if c.consent_id in revoked:
                return ConsentStatus.REVOKED
            if now > c.expires_at + skew or c.issued_at > now + skew:
                return ConsentStatus.EXPIRED
            if c.purpose != purpose:
                return ConsentStatus.WRONG_PURPOSE
            return ConsentStatus.OK

        # A dict, not compare_digest: recipient hashes are public values (both sides
        # known to the sender), so lookup timing reveals nothing; secrets (MACs) are
        # compared in constant time in _Key.verify.
        by_rh: dict[str, list[TokenClaims]] = {}
        for c in verified:
            by_rh.setdefault(c.recipient_hash, []).append(c)
        per: list[ConsentStatus] = []
        used: set[str] = set()
        for rcpt in recipients:
            mine = by_rh.get(recipient_hash(rcpt), [])
            if mine:
                statuses = [token_status(c) for c in mine]
                st = _worst(statuses) if ConsentStatus.OK not in statuses else ConsentStatus.OK
                used.update(c.consent_id for c, x in zip(mine, statuses, strict=True) if x is st)
            elif bad_status is not None:
                st = bad_status  # the unverifiable token was most likely this one's
            elif verified:
                st = ConsentStatus.WRONG_RECIPIENT
            else:
                st = ConsentStatus.MISSING
            per.append(st)

        overall = _worst([*per, *bad])
        return ConsentResult(
            status=overall,
            consent_ids_hashed=tuple(sorted(hash_consent_id(c) for c in used)),
            per_recipient=tuple(per),
            bad_tokens=len(bad),
        )


# --------------------------------------------------------------------------- issuing


def _signing_key(settings: ConsentSettings, org: str) -> _Key:
    for k in _load_keys(settings).get(org, ()):
        if k.can_sign:
            return k
    raise ConsentError(
        "no signing key for this organisation (own key_file org, or an hmac-sha256 trusted key)"
    )


def issue_token(
    recipient: str | None = None,
    *,
    settings: ConsentSettings,
    purpose: str | None = None,
    org: str | None = None,
    days: float | None = None,
    consent_id: str | None = None,
    recipient_hash_hex: str | None = None,
    now: float | None = None,
    record: bool = True,
) -> str:
    """Mint a token for one recipient (address, or its ``recipient_hash`` hex).

    Signs with ``key_file`` for ``settings.org``, or with an HMAC secret configured in
    ``trusted_keys`` for another org. Records the consent in the store when ``record``.
    """
    if (recipient is None) == (recipient_hash_hex is None):
        raise ConsentError("give exactly one of recipient / recipient_hash_hex")
    if recipient is not None:
        addr = normalize_address(recipient)
        local, at, domain = addr.rpartition("@")
        if not (at and local and domain) or any(c.isspace() or ord(c) < 0x20 for c in addr):
            raise ConsentError("recipient is not an email address")
        rh = recipient_hash(addr)
    else:
        rh = str(recipient_hash_hex)
    org = org or settings.org
    purpose = purpose or settings.purpose
    cid = consent_id or new_consent_id()
    iat = int(time.time() if now is None else now)
    exp = iat + int((settings.default_days if days is None else days) * 86400)
    claims = TokenClaims(cid, rh, purpose, org, iat, exp)
    # Validate with the same parser the verifier uses: never mint what we'd refuse.
    try:
        _parse_claims(
            json.dumps(
                {"cid": cid, "rh": rh, "pur": purpose, "org": org, "iat": iat, "exp": exp}
            ).encode()
        )
    except _Malformed as exc:
        raise ConsentError("invalid claim (consent id, purpose, org or validity period)") from exc
    token = encode_token(claims, _signing_key(settings, org).sign)
    if record:
        with ConsentStore(settings.store) as store:
            store.record_issued(claims)
    return token


def revoke(consent_id: str, *, settings: ConsentSettings | None = None) -> bool:
    """Add a consent id to the revocation list. True if it was not revoked before."""
    with ConsentStore((settings or ConsentSettings()).store) as store:
        return store.revoke_many([consent_id]) == 1


def list_consents(*, settings: ConsentSettings | None = None) -> list[ConsentRecord]:
    """Issued consents plus revoked ids not issued here, ordered by id."""
    with ConsentStore((settings or ConsentSettings()).store) as store:
        return store.records()


# --------------------------------------------------------------------------- headers
# The header block helpers live in gateway.headers (shared with every stage).


def strip_consent_headers(raw: bytes, header: str) -> bytes:
    """Remove the consent header fields (with their folded lines); nothing else changes."""
    return remove_headers(raw, [header])


# --------------------------------------------------------------------------- pipeline hooks


class ConsentHook:
    """Adapter to the pipeline's ``ConsentCheck``: ``(raw, recipients) -> (status, ids)``.

    Reads the consent header values from the raw message and returns the status string
    and the hashed consent ids. ``result`` gives the full ConsentResult (per-recipient
    statuses, the reply naming the failed count).
    """

    def __init__(self, verifier: ConsentVerifier, purpose: str | None = None) -> None:
        self._verifier = verifier
        self._purpose = purpose

    def __call__(self, raw: bytes, recipients: Sequence[str]) -> tuple[str, tuple[str, ...]]:
        result = self.result(raw, recipients)
        return result.status.value, result.consent_ids_hashed

    def result(self, raw: bytes, recipients: Sequence[str]) -> ConsentResult:
        values = get_header_values(raw, self._verifier.settings.header)
        return self._verifier.check(values, recipients, self._purpose)


def strip_hook(settings: ConsentSettings) -> Callable[[bytes], bytes]:
    """Adapter to the pipeline's ``strip_consent``: removes ``settings.header``."""
    header = settings.header

    def strip(raw: bytes) -> bytes:
        return strip_consent_headers(raw, header)

    return strip

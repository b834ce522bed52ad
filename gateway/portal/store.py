"""Encrypted message store behind the pickup portal.

Each message gets a random AES-256-GCM key; its ciphertext lives in a file under
``dir/messages`` (written atomically and fsync'd), the key is AES-key-wrapped (RFC 3394)
by a KEK derived from the master key. SQLite holds only metadata: random ids, times,
states, attempt counts, keyed hashes. Addresses, the envelope and the message itself are
sealed with the message key, so deleting the wrapped key (revoke, expire) shreds them.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap

from gateway.portal.crypto import KEY_BYTES, PortalKeys, seal, unseal
from gateway.portal.settings import PortalSettings

AuditFn = Callable[[str, dict[str, object]], None]
"""audit(event, fields). Events and field names match gateway.audit's allow-list
(EVENTS, ALLOWED_FIELDS), so ``lambda e, f: audit_log.record(e, **f)`` plugs straight in.
A raising callback propagates: nothing is shown or changed unrecorded."""

# Link tokens are secrets.token_urlsafe(32): 256 random bits, 43 URL-safe characters.
TOKEN_BYTES = 32
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{43}$")
CODE_DIGITS = 6


class TicketStatus(enum.Enum):
    ACTIVE = "active"
    UNKNOWN = "unknown"  # no such token: wrong, tampered or deleted; never says which
    EXPIRED = "expired"
    REVOKED = "revoked"
    LOCKED = "locked"

    def __str__(self) -> str:
        return self.value


class CodeIssueResult(enum.Enum):
    ISSUED = "issued"
    TOO_SOON = "too_soon"
    LIMIT = "limit"
    NOT_ACTIVE = "not_active"


class CodeResult(enum.Enum):
    OK = "ok"
    WRONG = "wrong"
    EXPIRED = "expired"  # the code (not the message) expired
    NO_CODE = "no_code"
    LOCKED = "locked"  # this attempt used the last one, or the ticket was already locked
    NOT_ACTIVE = "not_active"


@dataclass(frozen=True, slots=True)
class PickupTicket:
    """One recipient's pickup link for a stored message. ``token`` exists only here."""

    message_id: str
    ticket_id: str
    recipient: str
    token: str
    expires_at: float


@dataclass(frozen=True, slots=True)
class TicketInfo:
    """What a token resolves to, without decrypting anything."""

    status: TicketStatus
    ticket_id: str = ""
    message_id: str = ""
    expires_at: float = 0.0
    failed_attempts: int = 0
    queue_id: str = ""


@dataclass(frozen=True, slots=True)
class OpenedMessage:
    message_id: str
    ticket_id: str
    sender: str
    recipient: str
    raw: bytes
    expires_at: float
    queue_id: str = ""


@dataclass(frozen=True, slots=True)
class CodeIssue:
    result: CodeIssueResult
    code: str | None = None
    recipient: str | None = None
    retry_after: float = 0.0


@dataclass(frozen=True, slots=True)
class CodeCheck:
    result: CodeResult
    attempts_left: int = 0


@dataclass(frozen=True, slots=True)
class Session:
    ticket_id: str
    csrf: str
    expires_at: float


@dataclass(frozen=True, slots=True)
class MessageInfo:
    """Metadata for admin listings: no addresses, no content."""

    message_id: str
    queue_id: str
    state: str
    created_at: float
    expires_at: float
    size: int
    tickets: int
    locked_tickets: int
    viewed_tickets: int


class PortalStore(Protocol):
    """Storage interface of the portal; SqlitePortalStore is the embedded default."""

    def put(
        self, raw: bytes, sender: str, recipients: Sequence[str], queue_id: str
    ) -> list[PickupTicket]:
        """Encrypt and store a message; one ticket (link) per recipient."""
        ...

    def lookup(self, token: str, now: float | None = None) -> TicketInfo:
        """Resolve a link token to its ticket state without decrypting."""
        ...

    def open(self, token: str, now: float | None = None) -> OpenedMessage | TicketStatus:
        """Decrypt the message behind an active token, else say why not."""
        ...

    def issue_code(self, token: str, now: float | None = None) -> CodeIssue:
        """Create a one-time code (replacing any earlier one) for the token's recipient."""
        ...

    def verify_code(self, token: str, code: str, now: float | None = None) -> CodeCheck:
        """Check a code; counts failures and locks the ticket at the limit."""
        ...

    def create_session(self, ticket_id: str, now: float | None = None) -> tuple[str, Session]:
        """A browser session for a verified ticket: (session id, session)."""
        ...

    def get_session(self, session_id: str, now: float | None = None) -> Session | None: ...

    def end_session(self, session_id: str) -> None: ...

    def mark_viewed(self, ticket_id: str, now: float | None = None) -> None: ...

    def revoke(self, message_id: str) -> bool:
        """Withdraw a message: its key and ciphertext are deleted at once."""
        ...

    def expire(self, now: float | None = None) -> list[str]:
        """Expire every message past its expiry time; returns their ids."""
        ...

    def unlock(self, message_id: str) -> int:
        """Unlock a message's locked tickets and reset their attempt counts."""
        ...

    def list_messages(self) -> list[MessageInfo]: ...

    def close(self) -> None: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY,
    queue_id TEXT NOT NULL,
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL,
    state TEXT NOT NULL,
    key_id TEXT NOT NULL,
    wrapped_key BLOB,
    envelope BLOB,
    sender_hash TEXT NOT NULL,
    size INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_expiry ON messages(state, expires_at);
CREATE TABLE IF NOT EXISTS tickets (
    id TEXT PRIMARY KEY,
    message_id TEXT NOT NULL REFERENCES messages(id),
    token_hash TEXT NOT NULL UNIQUE,
    recipient_hash TEXT NOT NULL,
    recipient_ct BLOB,
    state TEXT NOT NULL,
    code_hash TEXT,
    code_expires REAL,
    code_sent_at REAL,
    code_sends INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    verified_at REAL,
    viewed_at REAL
);
CREATE INDEX IF NOT EXISTS tickets_message ON tickets(message_id);
CREATE TABLE IF NOT EXISTS sessions (
    id_hash TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL,
    csrf TEXT NOT NULL,
    expires_at REAL NOT NULL
);
"""


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _atomic_write(path: Path, data: bytes) -> None:
    """Write, fsync, rename, fsync the directory: the file is whole or absent after a crash."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def normalise_address(address: str) -> str:
    return address.strip().lower()


class SqlitePortalStore:
    """Embedded PortalStore: SQLite metadata plus one ciphertext file per message.

    Thread-safe (one connection behind a lock) so the web app can call it through
    ``asyncio.to_thread`` and keep file I/O and decryption off the event loop.
    """

    def __init__(
        self,
        settings: PortalSettings,
        master_key: bytes,
        *,
        audit: AuditFn | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._settings = settings
        self._keys = PortalKeys.from_master(master_key)
        self._audit = audit
        self._clock = clock
        self._dir = settings.dir
        self._msg_dir = settings.dir / "messages"
        self._msg_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self._dir, 0o700)
        os.chmod(self._msg_dir, 0o700)
        self._lock = threading.Lock()
        db_path = self._dir / "portal.sqlite3"
        # isolation_level=None: we issue BEGIN IMMEDIATE ourselves so read-modify-write
        # sequences (attempt counters) are serialised even across processes.
        self._db = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
        os.chmod(db_path, 0o600)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        # Overwrite deleted rows so shredded wrapped keys do not linger in free pages.
        self._db.execute("PRAGMA secure_delete=ON")
        self._db.executescript(_SCHEMA)

    # -- helpers -------------------------------------------------------------------

    def _now(self, now: float | None) -> float:
        return self._clock() if now is None else now

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _emit(self, event: str, fields: dict[str, object]) -> None:
        if self._audit is not None:
            self._audit(event, fields)

    def _path(self, message_id: str) -> Path:
        return self._msg_dir / f"{message_id}.bin"

    def _token_hash(self, token: str) -> str | None:
        if not _TOKEN_RE.fullmatch(token):
            return None
        return self._keys.keyed_hash("token", token)

    def _ticket_row(self, db: sqlite3.Connection, token: str) -> sqlite3.Row | None:
        token_hash = self._token_hash(token)
        if token_hash is None:
            return None
        row: sqlite3.Row | None = db.execute(
            "SELECT t.*, m.state AS m_state, m.expires_at AS m_expires, m.wrapped_key, "
            "m.key_id, m.envelope, m.queue_id "
            "FROM tickets t JOIN messages m ON m.id = t.message_id WHERE t.token_hash = ?",
            (token_hash,),
        ).fetchone()
        return row

    @staticmethod
    def _status(row: sqlite3.Row | None, now: float) -> TicketStatus:
        if row is None:
            return TicketStatus.UNKNOWN
        if row["m_state"] == "revoked":
            return TicketStatus.REVOKED
        if row["m_state"] == "expired" or row["m_expires"] <= now:
            return TicketStatus.EXPIRED
        if row["state"] == "locked":
            return TicketStatus.LOCKED
        return TicketStatus.ACTIVE

    def _message_key(self, row: sqlite3.Row) -> bytes:
        if row["key_id"] != self._keys.key_id:
            raise InvalidUnwrap("message was wrapped by a different master key")
        return self._keys.unwrap(bytes(row["wrapped_key"]))

    # -- PortalStore -----------------------------------------------------------------

    def put(
        self, raw: bytes, sender: str, recipients: Sequence[str], queue_id: str
    ) -> list[PickupTicket]:
        if not recipients:
            raise ValueError("a portal message needs at least one recipient")
        now = self._clock()
        expires = now + self._settings.expiry_days * 86400
        message_id = secrets.token_hex(16)
        key = secrets.token_bytes(KEY_BYTES)
        aad = message_id.encode()
        envelope = json.dumps({"sender": sender, "recipients": list(recipients)}).encode()
        _atomic_write(self._path(message_id), seal(key, raw, aad + b"|raw"))
        tickets: list[PickupTicket] = []
        try:
            with self._tx() as db:
                db.execute(
                    "INSERT INTO messages (id, queue_id, created_at, expires_at, state, key_id, "
                    "wrapped_key, envelope, sender_hash, size) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (
                        message_id,
                        queue_id,
                        now,
                        expires,
                        "active",
                        self._keys.key_id,
                        self._keys.wrap(key),
                        seal(key, envelope, aad + b"|envelope"),
                        self._keys.keyed_hash("address", normalise_address(sender)),
                        len(raw),
                    ),
                )
                for recipient in dict.fromkeys(recipients):  # de-duplicate, keep order
                    ticket_id = secrets.token_hex(16)
                    token = secrets.token_urlsafe(TOKEN_BYTES)
                    db.execute(
                        "INSERT INTO tickets (id, message_id, token_hash, recipient_hash, "
                        "recipient_ct, state) VALUES (?,?,?,?,?,?)",
                        (
                            ticket_id,
                            message_id,
                            self._keys.keyed_hash("token", token),
                            self._keys.keyed_hash("address", normalise_address(recipient)),
                            seal(key, recipient.encode(), ticket_id.encode() + b"|rcpt"),
                            "active",
                        ),
                    )
                    tickets.append(PickupTicket(message_id, ticket_id, recipient, token, expires))
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                self._path(message_id).unlink()
            raise
        return tickets

    def lookup(self, token: str, now: float | None = None) -> TicketInfo:
        t = self._now(now)
        with self._lock:
            row = self._ticket_row(self._db, token)
        status = self._status(row, t)
        if row is None:
            return TicketInfo(status)
        return TicketInfo(
            status,
            row["id"],
            row["message_id"],
            row["m_expires"],
            row["failed_attempts"],
            row["queue_id"],
        )

    def open(self, token: str, now: float | None = None) -> OpenedMessage | TicketStatus:
        t = self._now(now)
        with self._lock:
            row = self._ticket_row(self._db, token)
        status = self._status(row, t)
        if row is None or status is not TicketStatus.ACTIVE:
            return status
        message_id: str = row["message_id"]
        aad = message_id.encode()
        try:
            key = self._message_key(row)
            envelope = json.loads(unseal(key, bytes(row["envelope"]), aad + b"|envelope"))
            recipient = unseal(key, bytes(row["recipient_ct"]), row["id"].encode() + b"|rcpt")
            raw = unseal(key, self._path(message_id).read_bytes(), aad + b"|raw")
        except (InvalidTag, InvalidUnwrap, FileNotFoundError):
            # Tampered ciphertext, a foreign master key, or a deleted file: the message
            # cannot be shown. Treated like an unknown link; the admin sees it in `list`.
            return TicketStatus.UNKNOWN
        return OpenedMessage(
            message_id=message_id,
            ticket_id=row["id"],
            sender=str(envelope["sender"]),
            recipient=recipient.decode(),
            raw=raw,
            expires_at=row["m_expires"],
            queue_id=row["queue_id"],
        )

    def _code_hash(self, ticket_id: str, code: str) -> str:
        return self._keys.keyed_hash("code", f"{ticket_id}:{code}")

    def issue_code(self, token: str, now: float | None = None) -> CodeIssue:
        t = self._now(now)
        s = self._settings
        with self._tx() as db:
            row = self._ticket_row(db, token)
            if row is None or self._status(row, t) is not TicketStatus.ACTIVE:
                return CodeIssue(CodeIssueResult.NOT_ACTIVE)
            if row["code_sends"] >= s.max_code_sends:
                return CodeIssue(CodeIssueResult.LIMIT)
            last = row["code_sent_at"]
            if last is not None and t - last < s.code_resend_seconds:
                return CodeIssue(
                    CodeIssueResult.TOO_SOON, retry_after=s.code_resend_seconds - (t - last)
                )
            key = self._message_key(row)
            recipient = unseal(key, bytes(row["recipient_ct"]), row["id"].encode() + b"|rcpt")
            code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
            db.execute(
                "UPDATE tickets SET code_hash = ?, code_expires = ?, code_sent_at = ?, "
                "code_sends = code_sends + 1 WHERE id = ?",
                (self._code_hash(row["id"], code), t + s.code_ttl_seconds, t, row["id"]),
            )
        return CodeIssue(CodeIssueResult.ISSUED, code=code, recipient=recipient.decode())

    def verify_code(self, token: str, code: str, now: float | None = None) -> CodeCheck:
        t = self._now(now)
        limit = self._settings.max_code_attempts
        code = code.strip().replace(" ", "").replace("-", "")
        with self._tx() as db:
            row = self._ticket_row(db, token)
            status = self._status(row, t)
            if row is None:
                return CodeCheck(CodeResult.NOT_ACTIVE)
            if status is TicketStatus.LOCKED:
                return CodeCheck(CodeResult.LOCKED)
            if status is not TicketStatus.ACTIVE:
                return CodeCheck(CodeResult.NOT_ACTIVE)
            if row["code_hash"] is None:
                return CodeCheck(CodeResult.NO_CODE, limit - row["failed_attempts"])
            if row["code_expires"] <= t:
                return CodeCheck(CodeResult.EXPIRED, limit - row["failed_attempts"])
            good = secrets.compare_digest(self._code_hash(row["id"], code), row["code_hash"])
            if good:
                # One-time: the code is consumed; attempts reset for any later sign-in.
                db.execute(
                    "UPDATE tickets SET code_hash = NULL, code_expires = NULL, "
                    "failed_attempts = 0, verified_at = ? WHERE id = ?",
                    (t, row["id"]),
                )
                return CodeCheck(CodeResult.OK, limit)
            failed = row["failed_attempts"] + 1
            if failed >= limit:
                db.execute(
                    "UPDATE tickets SET failed_attempts = ?, state = 'locked', code_hash = NULL "
                    "WHERE id = ?",
                    (failed, row["id"]),
                )
                return CodeCheck(CodeResult.LOCKED, 0)
            db.execute("UPDATE tickets SET failed_attempts = ? WHERE id = ?", (failed, row["id"]))
            return CodeCheck(CodeResult.WRONG, limit - failed)

    def create_session(self, ticket_id: str, now: float | None = None) -> tuple[str, Session]:
        t = self._now(now)
        session_id = secrets.token_urlsafe(32)
        session = Session(
            ticket_id, secrets.token_urlsafe(32), t + self._settings.session_ttl_seconds
        )
        with self._tx() as db:
            db.execute("DELETE FROM sessions WHERE expires_at <= ?", (t,))
            db.execute(
                "INSERT INTO sessions (id_hash, ticket_id, csrf, expires_at) VALUES (?,?,?,?)",
                (
                    self._keys.keyed_hash("session", session_id),
                    ticket_id,
                    session.csrf,
                    session.expires_at,
                ),
            )
        return session_id, session

    def get_session(self, session_id: str, now: float | None = None) -> Session | None:
        t = self._now(now)
        if not session_id or len(session_id) > 100:
            return None
        with self._lock:
            row = self._db.execute(
                "SELECT ticket_id, csrf, expires_at FROM sessions WHERE id_hash = ?",
                (self._keys.keyed_hash("session", session_id),),
            ).fetchone()
        if row is None or row["expires_at"] <= t:
            return None
        return Session(row["ticket_id"], row["csrf"], row["expires_at"])

    def end_session(self, session_id: str) -> None:
        with self._tx() as db:
            db.execute(
                "DELETE FROM sessions WHERE id_hash = ?",
                (self._keys.keyed_hash("session", session_id),),
            )

    def mark_viewed(self, ticket_id: str, now: float | None = None) -> None:
        t = self._now(now)
        with self._tx() as db:
            # Only the first view is written: later views cost no commit (fsync).
            db.execute(
                "UPDATE tickets SET viewed_at = ? WHERE id = ? AND viewed_at IS NULL",
                (t, ticket_id),
            )

    def _shred(self, db: sqlite3.Connection, message_ids: Iterable[str], state: str) -> None:
        for message_id in message_ids:
            db.execute(
                "UPDATE messages SET state = ?, wrapped_key = NULL, envelope = NULL WHERE id = ?",
                (state, message_id),
            )
            db.execute(
                "UPDATE tickets SET recipient_ct = NULL, code_hash = NULL WHERE message_id = ?",
                (message_id,),
            )
            db.execute(
                "DELETE FROM sessions WHERE ticket_id IN "
                "(SELECT id FROM tickets WHERE message_id = ?)",
                (message_id,),
            )

    def _unlink(self, message_ids: Iterable[str]) -> None:
        for message_id in message_ids:
            with contextlib.suppress(FileNotFoundError):
                self._path(message_id).unlink()
        _fsync_dir(self._msg_dir)

    def revoke(self, message_id: str) -> bool:
        with self._tx() as db:
            row = db.execute(
                "SELECT state, queue_id FROM messages WHERE id = ?", (message_id,)
            ).fetchone()
            if row is None or row["state"] != "active":
                return False
            self._shred(db, [message_id], "revoked")
        self._unlink([message_id])
        self._emit(
            "revoked",
            {"message_id": message_id, "queue_id": row["queue_id"], "reason": "operator"},
        )
        return True

    def expire(self, now: float | None = None) -> list[str]:
        t = self._now(now)
        with self._tx() as db:
            rows = db.execute(
                "SELECT id, queue_id FROM messages WHERE state = 'active' AND expires_at <= ?",
                (t,),
            ).fetchall()
            ids = [r["id"] for r in rows]
            self._shred(db, ids, "expired")
        self._unlink(ids)
        for r in rows:
            self._emit(
                "expired", {"message_id": r["id"], "queue_id": r["queue_id"], "reason": "ttl"}
            )
        return ids

    def unlock(self, message_id: str) -> int:
        with self._tx() as db:
            cur = db.execute(
                "UPDATE tickets SET state = 'active', failed_attempts = 0 "
                "WHERE message_id = ? AND state = 'locked'",
                (message_id,),
            )
            count = cur.rowcount
        return count

    def list_messages(self) -> list[MessageInfo]:
        with self._lock:
            rows = self._db.execute(
                "SELECT m.id, m.queue_id, m.state, m.created_at, m.expires_at, m.size, "
                "COUNT(t.id) AS n, SUM(t.state = 'locked') AS locked, "
                "SUM(t.viewed_at IS NOT NULL) AS viewed "
                "FROM messages m LEFT JOIN tickets t ON t.message_id = m.id "
                "GROUP BY m.id ORDER BY m.created_at"
            ).fetchall()
        return [
            MessageInfo(
                message_id=r["id"],
                queue_id=r["queue_id"],
                state=r["state"],
                created_at=r["created_at"],
                expires_at=r["expires_at"],
                size=r["size"],
                tickets=r["n"],
                locked_tickets=r["locked"] or 0,
                viewed_tickets=r["viewed"] or 0,
            )
            for r in rows
        ]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_store(settings: PortalSettings, *, audit: AuditFn | None = None) -> SqlitePortalStore:
    """The configured store with the configured master key."""
    from gateway.portal.crypto import MasterKeyError, load_master_key

    # Generating a fresh key next to an existing store would make every stored message
    # unreadable: refuse, so a wrong working directory or a lost key file is noticed.
    if (
        settings.master_key_env is None
        and not settings.master_key_file.exists()
        and any((settings.dir / "messages").glob("*.bin"))
    ):
        raise MasterKeyError(
            f"portal master key {settings.master_key_file} is missing but {settings.dir} "
            "holds messages; restore the key instead of generating a new one"
        )
    return SqlitePortalStore(settings, load_master_key(settings), audit=audit)

"""The queue manager: takes committed messages from the spool and delivers them.

Per message: claim (flock), skip if quarantined or held, group the pending
recipients by route, send each group, record per-recipient results, then either
finish (DSN for permanent failures, never for a null-sender message) or defer
with exponential backoff (Postfix-like defaults: 5 min first, 1 h cap, 5 days
lifetime). Results are saved before the claim is released, so a crash between
attempts costs at most one duplicate attempt, never a lost message.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import logging
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiosmtplib

from gateway.crypto import DecryptError
from gateway.dsn import FailedRecipient, build_dsn
from gateway.model import Action, Decision, Envelope
from gateway.routing import NextHop, Route, Router
from gateway.spool import Claim, RecipientResult, Spool, SpoolEntry, new_queue_id
from gateway.transport import (
    ConnectionPool,
    TlsInfo,
    TlsUnavailable,
    opportunistic_context,
    verified_context,
)

log = logging.getLogger("phi_gateway.delivery")


@dataclass(frozen=True)
class TlsPlan:
    """How to secure one session: mode, context, and where the requirement came from."""

    mode: str  # required | opportunistic | none
    context: ssl.SSLContext | None
    source: str = "local"  # dane | mta-sts | local | none
    force_portal: bool = False
    deny: str | None = None  # do not use this hop at all (e.g. MTA-STS mx_mismatch)
    # Post-handshake authentication (DANE TLSA match): client -> (verified, reason).
    check: Callable[[aiosmtplib.SMTP], tuple[bool, str]] | None = None
    # Sessions are reused only between messages with the same plan key.
    key: str = ""


@dataclass(frozen=True)
class Source:
    pool: str
    address: str | None
    ehlo_name: str | None


@dataclass
class DeliveryHooks:
    """Extension points for later stages; each defaults to the relay-core behaviour."""

    # Outbound transform of a spooled message (header edits, consent strip, DKIM last).
    prepare: Callable[[SpoolEntry], bytes] | None = None
    # TLS plan for a hop: (domain, hop, must_protect) -> TlsPlan (MTA-STS/DANE, issue 5).
    tls_plan: Callable[[str, NextHop, bool], Awaitable[TlsPlan]] | None = None
    # Store protected mail in the portal when verified TLS is impossible (issue 5);
    # returns True when the recipients were handed to the portal.
    portal: Callable[[SpoolEntry, list[str], str], Awaitable[bool]] | None = None
    # Outbound pool and source address (issue 6).
    source: Callable[[SpoolEntry], Source] | None = None
    # Seconds to wait before sending to (pool, domain); 0 = go (issue 6).
    rate_limit: Callable[[str, str], Awaitable[float]] | None = None
    # A slot among rate_limits' max_connections for (pool, domain), waiting a bounded
    # time for one to free, or None (the group is deferred a second); the returned
    # release callable frees it.
    acquire_slot: Callable[[str, str], Awaitable[Callable[[], Awaitable[None]] | None]] | None = (
        None
    )
    # Audit/metrics events: name, metadata fields (never content).
    on_event: Callable[[str, dict[str, Any]], None] | None = None
    # Queue depth by state and the oldest message's age, after each spool scan.
    on_queue_stats: Callable[[dict[str, int], float], None] | None = None


@dataclass
class DeliverySettingsView:
    tls: str
    ca_file: Any
    first_retry: float
    max_interval: float
    lifetime: float
    concurrency: int
    scan_interval: float
    hostname: str
    postmaster: str
    smarthost_login: tuple[str, str] | None = None  # AUTH to the smarthost (TLS only)


@dataclass
class _GroupResult:
    results: dict[int, tuple[int, str]] = field(default_factory=dict)
    next_hop: str = ""
    tls: TlsInfo | None = None
    tls_source: str = "none"
    pool: str = ""
    wait: float | None = None  # a rate limit says when to try again


class QueueManager:
    def __init__(
        self,
        spool: Spool,
        router: Router,
        pool: ConnectionPool,
        settings: DeliverySettingsView,
        hooks: DeliveryHooks | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.spool = spool
        self.router = router
        self.pool = pool
        self.settings = settings
        self.hooks = hooks or DeliveryHooks()
        self.clock = clock
        self._verified_ctx = verified_context(settings.ca_file)
        self._opportunistic_ctx = opportunistic_context()
        self._heap: list[tuple[float, str]] = []
        # Entries this process just committed, so their first attempt need not read
        # and decrypt the spool file again; bounded by bytes (a backlog falls back
        # to the spool, which is the authority either way).
        self._fresh: dict[str, SpoolEntry] = {}
        self._fresh_bytes = 0
        self.fresh_limit = 64 * 1024 * 1024
        self._scheduled: dict[str, float] = {}
        self._inflight: set[str] = set()
        self._ready: asyncio.Queue[str] = asyncio.Queue()
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._stopping = False
        self.idle = asyncio.Event()  # set when nothing is in flight (tests, drain)
        self.idle.set()

    # -- scheduling -------------------------------------------------------------

    def notify(self, queue_id: str, due: float = 0.0, entry: SpoolEntry | None = None) -> None:
        """Schedule a message (new, released, or retried) to be tried at ``due``.

        ``entry``: the message as just committed by this process (see _fresh).
        """
        if self._stopping or queue_id in self._inflight:
            return
        if (
            entry is not None
            and queue_id not in self._fresh
            and self._fresh_bytes + len(entry.raw) <= self.fresh_limit
        ):
            self._fresh[queue_id] = entry
            self._fresh_bytes += len(entry.raw)
        old = self._scheduled.get(queue_id)
        if old is not None and old <= due:
            return
        self._scheduled[queue_id] = due
        heapq.heappush(self._heap, (due, queue_id))
        self._wake.set()

    async def start(self) -> None:
        self.spool.sweep_tmp()
        self.rescan()
        self._tasks.append(asyncio.create_task(self._scheduler(), name="scheduler"))
        self._tasks.append(asyncio.create_task(self._scanner(), name="scanner"))
        for i in range(self.settings.concurrency):
            self._tasks.append(asyncio.create_task(self._worker(), name=f"deliver-{i}"))

    def rescan(self) -> None:
        """Pick up everything in the spool: restart recovery, other processes, admin changes.

        Also reports queue depth by state and the oldest message's age (metrics).
        """
        now = self.clock()
        counts = {"active": 0, "deferred": 0, "quarantine": 0, "hold": 0}
        oldest = now
        for qid, state in self.spool.iter_states():
            if state.status == "active":
                counts["deferred" if state.attempts else "active"] += 1
                if qid not in self._inflight:
                    self.notify(qid, state.next_attempt)
            else:
                counts[state.status] += 1
            if state.created:
                oldest = min(oldest, state.created)
        if self.hooks.on_queue_stats is not None:
            self.hooks.on_queue_stats(counts, now - oldest)

    async def _scanner(self) -> None:
        while not self._stopping:
            await asyncio.sleep(self.settings.scan_interval)
            await asyncio.get_running_loop().run_in_executor(self.spool.io, self.rescan)

    async def _scheduler(self) -> None:
        while not self._stopping:
            now = self.clock()
            while self._heap and self._heap[0][0] <= now:
                due, qid = heapq.heappop(self._heap)
                if self._scheduled.get(qid) != due:
                    continue  # superseded by an earlier schedule
                del self._scheduled[qid]
                self._inflight.add(qid)
                self.idle.clear()
                self._ready.put_nowait(qid)
            delay = min(self._heap[0][0] - now, 1.0) if self._heap else 1.0
            self._wake.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=max(delay, 0.0))

    async def _worker(self) -> None:
        while True:
            qid = await self._ready.get()
            try:
                await self.process(qid)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                # Type only: exception text from parsers may quote message content.
                log.error("delivery of %s failed: %s", qid, type(exc).__name__)
                self.notify_later(qid, self.settings.first_retry)
            finally:
                self._inflight.discard(qid)
                if not self._inflight and self._ready.empty():
                    self.idle.set()

    def notify_later(self, qid: str, delay: float) -> None:
        self._inflight.discard(qid)
        self.notify(qid, self.clock() + delay)

    async def stop(self, deadline: float = 10.0) -> None:
        """Stop taking new work; let in-flight deliveries finish within the deadline."""
        self._stopping = True
        self._fresh.clear()
        self._fresh_bytes = 0
        self._wake.set()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self._drained(), timeout=deadline)
        for t in self._tasks:
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        await self.pool.close()

    async def _drained(self) -> None:
        await self.idle.wait()

    # -- one message ------------------------------------------------------------------

    def _event(self, name: str, **fields: Any) -> None:
        if self.hooks.on_event is not None:
            self.hooks.on_event(name, fields)

    async def process(self, queue_id: str) -> None:
        known = self._fresh.pop(queue_id, None)
        if known is not None:
            self._fresh_bytes -= len(known.raw)
        try:
            claim = self.spool.claim(queue_id, known)
        except FileNotFoundError:
            return
        except DecryptError:
            log.error("spool file %s fails authentication; left in place for inspection", queue_id)
            return
        if claim is None:
            return  # delivered by another process, or being delivered now
        try:
            await self._process_claim(claim)
        finally:
            claim.close()

    async def _process_claim(self, claim: Claim) -> None:
        entry, state = claim.entry, claim.state
        if state.status != "active":
            return
        now = self.clock()
        if state.next_attempt > now + 1:
            self.notify(claim.queue_id, state.next_attempt)
            return
        if entry.decision.action is Action.QUARANTINE and not state.released:
            state.status = "quarantine"
            await self._in_io(claim.save)
            self._event("quarantined", queue_id=entry.queue_id)
            return
        rcpts = entry.envelope.rcpt_tos
        pending = state.pending(len(rcpts))
        created = state.created or entry.envelope.received_at or now
        state.created = created
        expired = now - created > self.settings.lifetime
        state.attempts += 1

        groups: dict[str, list[int]] = {}
        for i in pending:
            groups.setdefault(self.router.group_key(rcpts[i]), []).append(i)
        message: bytes | None = None
        limited_wait: float | None = None
        limited: set[int] = set()
        for key, idxs in groups.items():
            if message is None:
                message = self.hooks.prepare(entry) if self.hooks.prepare else entry.raw
            result = await self._deliver_group(entry, key, idxs, message)
            if result.wait is not None:
                limited_wait = max(limited_wait or 0.0, result.wait)
                limited.update(idxs)
            for i, (code, text) in result.results.items():
                self._record(claim, i, code, text, result, expired)

        if not state.pending(len(rcpts)):
            dsn = self._dsn_for(claim)
            # The DSN is committed before the original is removed: a crash in
            # between yields a duplicate DSN at worst, never a lost one. Off the
            # event loop: fsync, and unlink+close (the inode is freed on close,
            # which waits on the journal under load: ~0.3 ms measured).
            await self._in_io(self._commit_finish, claim, dsn)
            if dsn is not None:
                self._event("dsn_queued", queue_id=dsn.queue_id)
                self.notify(dsn.queue_id)
            return
        if limited_wait is not None and set(state.pending(len(rcpts))) <= limited:
            # Held only by a rate limit: not a failure, so no backoff and no attempt.
            state.attempts -= 1
            delay = limited_wait
        else:
            delay = min(
                self.settings.first_retry * (2 ** (state.attempts - 1)),
                self.settings.max_interval,
            )
        state.next_attempt = self.clock() + delay
        await self._in_io(claim.save)
        self.notify_later(claim.queue_id, delay)

    async def _in_io(self, fn: Callable[..., None], *args: Any) -> None:
        """Blocking spool work (fsync, unlink) on the spool's I/O threads."""
        await asyncio.get_running_loop().run_in_executor(self.spool.io, fn, *args)

    def _record(
        self, claim: Claim, i: int, code: int, text: str, result: _GroupResult, expired: bool
    ) -> None:
        state = claim.state
        rcpt = claim.entry.envelope.rcpt_tos[i]
        common = {
            "queue_id": claim.queue_id,
            "recipient": rcpt,
            "next_hop": result.next_hop,
            "reply_code": code,
            "tls_version": result.tls.version if result.tls else "",
            "tls_cipher": result.tls.cipher if result.tls else "",
            "tls_verified": bool(result.tls and result.tls.verified),
            "tls_source": result.tls_source,
            "attempt": state.attempts,
            "pool": result.pool,
        }
        if 200 <= code < 300:
            state.delivered.append(i)
            state.deferred.pop(i, None)
            self._event("delivered", **common)
        elif code >= 500:
            state.bounced[i] = RecipientResult(code, text)
            state.deferred.pop(i, None)
            self._event("bounced", **common)
        elif expired:
            state.bounced[i] = RecipientResult(
                code, f"4.4.7 Message expired in queue; last error: {text}"
            )
            self._event("bounced", **common)
        else:
            state.deferred[i] = RecipientResult(code, text)
            self._event("deferred", **common)

    def _commit_finish(self, claim: Claim, dsn: SpoolEntry | None) -> None:
        if dsn is not None:
            self.spool.put(dsn)
        claim.finish()

    def _dsn_for(self, claim: Claim) -> SpoolEntry | None:
        """The DSN for a finished message's bounced recipients, if one is due."""
        entry, state = claim.entry, claim.state
        if state.bounced and entry.envelope.mail_from and not entry.is_dsn:
            failed = [
                FailedRecipient(entry.envelope.rcpt_tos[i], r.code, r.text)
                for i, r in sorted(state.bounced.items())
            ]
            raw = build_dsn(
                queue_id=entry.queue_id,
                original_sender=entry.envelope.mail_from,
                original_raw=entry.raw,
                arrival=entry.envelope.received_at or state.created,
                failed=failed,
                reporting_mta=self.settings.hostname,
                postmaster=self.settings.postmaster,
            )
            dsn = SpoolEntry(
                queue_id=new_queue_id(),
                envelope=Envelope(
                    mail_from="",
                    rcpt_tos=(entry.envelope.mail_from,),
                    received_at=self.clock(),
                ),
                decision=Decision(action=Action.DELIVER, rules=("dsn",)),
                raw=raw,
                is_dsn=True,
            )
            return dsn
        return None

    async def _deliver_group(
        self, entry: SpoolEntry, key: str, idxs: list[int], message: bytes
    ) -> _GroupResult:
        rcpts = [entry.envelope.rcpt_tos[i] for i in idxs]
        out = _GroupResult()
        route = await self.router.route(key)
        if route.error is not None:
            out.results = dict.fromkeys(idxs, route.error)
            return out
        if entry.decision.action is Action.PORTAL:
            return await self._to_portal(entry, idxs, rcpts, "policy")
        source = self.hooks.source(entry) if self.hooks.source else Source("default", None, None)
        out.pool = source.pool
        if self.hooks.rate_limit is not None:
            wait = await self.hooks.rate_limit(source.pool, key or "smarthost")
            if wait > 0:
                self._event("rate_limited", queue_id=entry.queue_id, pool=source.pool)
                out.results = dict.fromkeys(idxs, (451, "4.7.0 Held by outbound rate limit"))
                out.wait = wait  # retry when the limit allows, not after the backoff
                return out
        release = None
        if self.hooks.acquire_slot is not None:
            release = await self.hooks.acquire_slot(source.pool, key or "smarthost")
            if release is None:
                # Every slot to this destination is busy: wait briefly, never bounce.
                out.results = dict.fromkeys(idxs, (451, "4.7.0 Held by destination limit"))
                out.wait = 1.0
                return out
        try:
            return await self._try_hops(entry, key, idxs, rcpts, message, route, source, out)
        finally:
            if release is not None:
                await release()

    async def _try_hops(
        self,
        entry: SpoolEntry,
        key: str,
        idxs: list[int],
        rcpts: list[str],
        message: bytes,
        route: Route,
        source: Source,
        out: _GroupResult,
    ) -> _GroupResult:
        must_protect = entry.decision.action in (Action.REQUIRE_TLS, Action.PORTAL)
        last: tuple[int, str] = (451, "4.4.1 No next hop reachable")
        tls_failure: str | None = None
        for hop in route.hops:
            plan = await self._tls_plan(key, hop, must_protect)
            if plan.force_portal:
                return await self._to_portal(entry, idxs, rcpts, "tls_policy")
            out.next_hop = hop.name
            out.tls_source = plan.source if plan.mode != "none" else "none"
            if plan.deny is not None:
                tls_failure = plan.deny
                self._event("tls_failure", reason=plan.deny, next_hop=hop.name)
                last = (451, f"4.7.5 {hop.name} not allowed by TLS policy ({plan.deny})")
                continue
            try:
                async with self.pool.session(
                    hop,
                    plan.mode,
                    plan.context,
                    source.address,
                    source.ehlo_name,
                    plan.check,
                    plan.key or f"{plan.mode}:{plan.source}",
                    self.settings.smarthost_login if self.router.mode == "smarthost" else None,
                ) as (client, tls):
                    out.tls = tls
                    out.results = await self._transaction(client, entry, idxs, rcpts, message)
                    return out
            except TlsUnavailable as exc:
                tls_failure = exc.reason
                self._event("tls_failure", reason=exc.reason, next_hop=hop.name)
                last = (451, f"4.7.5 TLS with {hop.name} failed ({exc.reason}); not sent in clear")
            except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
                last = _error_reply(exc, hop.name)
                if last[0] >= 500:
                    out.results = dict.fromkeys(idxs, last)
                    return out
        if tls_failure is not None and must_protect and self.hooks.portal is not None:
            return await self._to_portal(entry, idxs, rcpts, tls_failure)
        out.results = dict.fromkeys(idxs, last)
        return out

    async def _to_portal(
        self, entry: SpoolEntry, idxs: list[int], rcpts: list[str], reason: str
    ) -> _GroupResult:
        out = _GroupResult(next_hop="portal", tls_source="local")
        if self.hooks.portal is None:
            out.results = dict.fromkeys(idxs, (451, "4.3.2 Secure portal not available"))
            return out
        handled = await self.hooks.portal(entry, rcpts, reason)
        code = (250, "2.0.0 Stored in secure portal") if handled else (451, "4.3.2 Portal error")
        out.results = dict.fromkeys(idxs, code)
        return out

    async def _tls_plan(self, domain: str, hop: NextHop, must_protect: bool) -> TlsPlan:
        if self.hooks.tls_plan is not None:
            return await self.hooks.tls_plan(domain, hop, must_protect)
        mode = "required" if must_protect else self.settings.tls
        ctx = self._verified_ctx if mode == "required" else self._opportunistic_ctx
        return TlsPlan(mode, ctx if mode != "none" else None, "local")

    async def _transaction(
        self,
        client: aiosmtplib.SMTP,
        entry: SpoolEntry,
        idxs: list[int],
        rcpts: list[str],
        message: bytes,
    ) -> dict[int, tuple[int, str]]:
        options = []
        if not message.isascii() and client.supports_extension("8bitmime"):
            options.append("BODY=8BITMIME")
        try:
            # aiosmtplib needs "" (not "<>") to send MAIL FROM:<> for the null sender.
            refused, _ = await client.sendmail(
                entry.envelope.mail_from, rcpts, message, mail_options=options
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            by_addr = {e.recipient: (e.code, e.message) for e in exc.recipients}
            return {
                i: by_addr.get(r, (450, "4.0.0 refused")) for i, r in zip(idxs, rcpts, strict=True)
            }
        except aiosmtplib.SMTPResponseException as exc:
            return dict.fromkeys(idxs, (exc.code, exc.message))
        except ValueError:
            # An address with control characters cannot go on a command line (the
            # client refuses before sending anything). Inbound refuses such paths, so
            # only a damaged or hand-made spool entry gets here: bounce, don't retry
            # forever. The text names no address: it goes into logs and DSNs.
            return dict.fromkeys(idxs, (553, "5.1.3 Address cannot be sent safely over SMTP"))
        results: dict[int, tuple[int, str]] = {}
        for i, r in zip(idxs, rcpts, strict=True):
            if r in refused:
                results[i] = (refused[r].code, refused[r].message)
            else:
                results[i] = (250, "2.0.0 Delivered")
        return results


def _error_reply(exc: BaseException, hop: str) -> tuple[int, str]:
    if isinstance(exc, aiosmtplib.SMTPResponseException) and exc.code >= 500:
        return exc.code, exc.message
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return exc.code, exc.message
    if isinstance(exc, asyncio.TimeoutError | aiosmtplib.SMTPTimeoutError):
        return 451, f"4.4.2 Timeout talking to {hop}"
    return 451, f"4.4.1 Connection to {hop} failed"

"""Adapters from each stage's module to the hooks the relay core calls.

The core (server, pipeline, delivery) knows only small callables; this module
builds them from the config, so each stage stays independent and testable, and
the wiring (what is audited, what is counted) is visible in one place.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiosmtplib
import dns.asyncresolver

from gateway import metrics as metrics_mod
from gateway.audit import AuditError, AuditLog
from gateway.config import Config
from gateway.consent import ConsentHook, ConsentVerifier, strip_hook
from gateway.delivery import Source, TlsPlan
from gateway.dkim_sign import DkimSigner
from gateway.model import Action, Decision, Envelope
from gateway.pipeline import AuditSink, ConsentCheck, PolicyEvaluator, UnsubscribeCheck, outbound
from gateway.policy import PolicyEngine, PolicyLoadError, policy_signature
from gateway.pools import PoolSelector
from gateway.ratelimit import (
    ingress_delay,
    make_concurrency_limiter,
    make_limiter,
    outbound_delay,
)
from gateway.routing import NextHop
from gateway.spool import Spool, SpoolEntry, new_queue_id
from gateway.tls_policy import (
    PolicySource,
    TlsPolicyResolver,
    TlsRequirement,
    client_context,
    outcome_from_ssl,
)
from gateway.transport import opportunistic_context, verified_context
from gateway.unsubscribe import unsubscribe_hook

log = logging.getLogger("phi_gateway.integrations")

# Delivery/server event -> audit event (same name unless mapped; None = not audited).
_AUDITED = {
    "delivered": "delivered",
    "deferred": "deferred",
    "bounced": "bounced",
    "quarantined": "quarantined",
    "relay_denied": "relay_denied",
    "auth_failure": "auth_failure",
    "portal_stored": "portal_stored",
    "notified": "notified",
}


def log_notes(engine: PolicyEngine) -> None:
    """Warn about what a loaded policy runs slower than written (file positions only)."""
    for note in engine.detector.notes():
        log.warning("policy: %s", note)


class PolicyHolder:
    """The live policy engine; SIGHUP or a file change swaps it atomically.

    A new policy that fails to load leaves the old one running, logs every
    ``file:line:col`` error and sets policy_last_reload_ok to 0.
    """

    def __init__(self, engine: PolicyEngine, settings: Any, on_reload: Callable[[bool], None]):
        self.engine = engine
        self.settings = settings
        self._on_reload = on_reload
        self._lock = threading.Lock()
        self._last_tried: tuple[tuple[str, int, int], ...] = engine.signature

    def evaluate(self, envelope: Envelope, raw: bytes, consent: str | None = None) -> Decision:
        return self.engine.evaluate(envelope, raw, consent)

    def changed(self) -> bool:
        """Files differ from the running policy and from the last failed attempt."""
        sig = policy_signature(self.settings)
        return sig not in (self.engine.signature, self._last_tried)

    def reload(self, settings: Any = None) -> bool:
        with self._lock:
            if settings is not None:
                self.settings = settings
            self._last_tried = policy_signature(self.settings)
            try:
                engine = PolicyEngine.load(self.settings)
            except PolicyLoadError as exc:
                for line in exc.errors:
                    log.error("policy reload refused: %s", line)
                self._on_reload(False)
                return False
            self.engine = engine  # one reference assignment: atomic for readers
            self._on_reload(True)
            log.info("policy reloaded")
            log_notes(engine)
            return True


@dataclass
class Stages:
    cfg: Config
    hostname: str
    metrics: metrics_mod.Metrics
    audit_log: AuditLog
    policy_holder: PolicyHolder
    consent_verifier: ConsentVerifier
    signer: DkimSigner
    pools: PoolSelector
    tls_resolver: TlsPolicyResolver
    closers: list[Callable[[], None]] = field(default_factory=list)
    spool: Spool | None = None
    notify: Callable[[str], None] | None = None
    portal_store_obj: Any = None
    metrics_server: Any = None
    _ctx_cache: dict[str, Any] = field(default_factory=dict)
    _limiter: Any = None
    _slots: Any = None
    _audit_q: queue.SimpleQueue[list[tuple[str, dict[str, Any]]] | None] = field(
        default_factory=queue.SimpleQueue
    )
    # Records from the event loop, handed to the writer once per loop iteration: one
    # thread wake-up for every delivery finished in that iteration, not one each.
    _audit_pending: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    _audit_thread: threading.Thread | None = None
    _consent_hook: Any = None
    _strip: Any = None
    _unsubscribe: Any = None

    # -- construction ---------------------------------------------------------------

    @classmethod
    def build(
        cls,
        cfg: Config,
        hostname: str,
        metrics: metrics_mod.Metrics | None = None,
        engine: PolicyEngine | None = None,
    ) -> Stages:
        """``engine``: one the parent loaded before forking. Used only while the policy
        files are still the ones it was loaded from: a worker restarted after a reload
        (which the parent never does itself) loads the files as they are now."""
        m = metrics or metrics_mod.Metrics()
        if engine is None or engine.signature != policy_signature(cfg.policy):
            try:
                engine = PolicyEngine.load(cfg.policy)
            except PolicyLoadError as exc:
                from gateway.config import ConfigError

                raise ConfigError(exc.errors) from None
        log_notes(engine)
        audit_log = AuditLog(cfg.audit, metrics=m)
        stages = cls(
            cfg=cfg,
            hostname=hostname,
            metrics=m,
            audit_log=audit_log,
            policy_holder=PolicyHolder(engine, cfg.policy, m.policy_reloaded),
            consent_verifier=ConsentVerifier(cfg.consent),
            signer=DkimSigner(cfg.dkim),
            pools=PoolSelector(cfg.pools),
            tls_resolver=TlsPolicyResolver(cfg.tls_policy, resolver=_resolver(cfg)),
        )
        m.policy_reloaded(True)
        stages.closers += [stages.consent_verifier.close, audit_log.close]
        stages._limiter = make_limiter(cfg.rate_limits)
        stages._slots = make_concurrency_limiter(cfg.rate_limits)
        stages._consent_hook = ConsentHook(stages.consent_verifier)
        stages._strip = strip_hook(cfg.consent)
        stages._unsubscribe = unsubscribe_hook(cfg.unsubscribe)
        return stages

    def attach(self, spool: Spool, notify: Callable[[str], None]) -> None:
        """Give the portal route a way to queue notifications."""
        self.spool = spool
        self.notify = notify

    # -- ingress hooks ------------------------------------------------------------------

    @property
    def policy(self) -> PolicyEvaluator:
        return self.policy_holder

    @property
    def consent_check(self) -> ConsentCheck:
        return self._consent_hook  # type: ignore[no-any-return]

    @property
    def strip_consent(self) -> Callable[[bytes], bytes]:
        return self._strip  # type: ignore[no-any-return]

    @property
    def unsubscribe(self) -> UnsubscribeCheck:
        return self._unsubscribe  # type: ignore[no-any-return]

    @property
    def audit(self) -> AuditSink:
        return self.audit_log

    @property
    def audit_errors(self) -> tuple[type[BaseException], ...]:
        return (AuditError,)

    async def ingress_limit(self, client_ip: str, user: str | None) -> float:
        return await ingress_delay(self._limiter, self.cfg.rate_limits, client_ip, user)

    def on_decision(self, decision: Decision, consent: str | None) -> None:
        m = self.metrics
        m.count_message("in", decision.message_class, decision.action)
        for f in decision.findings:
            m.count_finding(f.detector, f.part_kind, f.count)
        if (consent is not None and consent != "missing") or (
            consent == "missing" and str(decision.message_class) == "marketing"
        ):
            m.count_consent(consent or "missing")

    def observe(self, stage: str, seconds: float) -> None:
        self.metrics.observe_stage(stage, seconds)

    # -- delivery hooks -------------------------------------------------------------------

    @property
    def sign(self) -> Callable[[bytes], bytes] | None:
        return self.signer.sign if self.cfg.dkim.keys else None

    def source(self, entry: SpoolEntry) -> Source:
        headers = _top_headers(entry.raw) if self.pools.needs_headers else []
        pool = self.pools.choose_pool(
            entry.decision.message_class,
            entry.envelope.sender_domain,
            headers,
            requested=entry.decision.pool,
        )
        src = self.pools.next_source(pool)
        return Source(pool, src.address, src.ehlo_name)

    async def rate_limit(self, pool: str, domain: str) -> float:
        return await outbound_delay(self._limiter, self.cfg.rate_limits, pool, domain)

    async def acquire_slot(self, pool: str, domain: str) -> Callable[[], Awaitable[None]] | None:
        """One of rate_limits' max_connections deliveries to (pool, domain)."""
        limits = self.cfg.rate_limits
        lease = await self._slots.acquire(
            f"conn:{pool}/{domain}",
            limits.destination(pool, domain).max_connections,
            wait_seconds=limits.connection_wait_seconds,
            max_waiters=max(1, self.cfg.delivery.concurrency // 2),
        )
        if lease is None:
            return None

        async def release() -> None:
            await self._slots.release(lease)

        return release

    async def tls_plan(self, domain: str, hop: NextHop, must_protect: bool) -> TlsPlan:
        smarthost = self.cfg.delivery.mode == "smarthost"
        req = await self.tls_resolver.requirement(
            domain or hop.name, hop.name, must_protect, via_smarthost=smarthost
        )
        source = str(req.source)
        if req.force_portal:
            return TlsPlan("required", None, source, force_portal=True)
        if req.deny_reason:
            return TlsPlan("required", None, source, deny=req.deny_reason)
        mode = self.cfg.delivery.tls
        if req.verify or must_protect or mode == "required":
            if req.source is PolicySource.NONE:
                source = "local"
            return self._verified_plan(req, hop, source)
        if req.tls_required:
            mode = "required"
        if mode == "none":
            return TlsPlan("none", None, "none", key="none")
        ctx = self._cached("opportunistic", opportunistic_context)
        return TlsPlan(mode, ctx, source, key=f"{mode}:opp")

    def _verified_plan(self, req: TlsRequirement, hop: NextHop, source: str) -> TlsPlan:
        min_version = self.cfg.tls_policy.min_version
        if req.tlsa:
            # DANE: authenticate after the handshake by TLSA match (see gateway.dane).
            ctx = client_context(req, hop.name, min_version)

            def check(client: aiosmtplib.SMTP) -> tuple[bool, str]:
                outcome = outcome_from_ssl(client, req, hop.name)
                return outcome.verified, outcome.reason

            return TlsPlan("required", ctx, source, check=check, key=f"dane:{hop.name}")
        ca = req.ca_file or self.cfg.delivery.ca_file
        if req.ca_file is not None:
            ctx = self._cached(f"ca:{ca}", lambda: client_context(req, hop.name, min_version))
        else:
            ctx = self._cached(f"pkix:{ca}", lambda: verified_context(ca))
        return TlsPlan("required", ctx, source, key=f"verify:{ca}")

    def _cached(self, key: str, make: Callable[[], Any]) -> Any:
        # Building an SSLContext loads the CA store (milliseconds): once per kind.
        ctx = self._ctx_cache.get(key)
        if ctx is None:
            ctx = self._ctx_cache[key] = make()
        return ctx

    @property
    def portal_store(self) -> Callable[[SpoolEntry, list[str], str], Awaitable[bool]]:
        return self._portal_route

    def _open_portal_store(self) -> Any:
        if self.portal_store_obj is None:
            from gateway.portal.store import open_store

            self.portal_store_obj = open_store(self.cfg.portal, audit=self._portal_audit)
            self.closers.append(self.portal_store_obj.close)
        return self.portal_store_obj

    def _portal_audit(self, event: str, fields: dict[str, Any]) -> None:
        self.audit_log.record(event, **fields)
        if event in metrics_mod.PORTAL_EVENTS:
            self.metrics.count_portal_event(event)

    async def _portal_route(self, entry: SpoolEntry, rcpts: list[str], reason: str) -> bool:
        """Store for pickup, then queue one PHI-free notification per recipient."""
        from gateway.portal.notify import build_notification

        store = await asyncio.to_thread(self._open_portal_store)
        raw = outbound(entry)  # header edits apply; DKIM is for what leaves by SMTP
        tickets = await asyncio.to_thread(
            store.put, raw, entry.envelope.mail_from, rcpts, entry.queue_id
        )
        self.audit_log.record(
            "portal_stored",
            queue_id=entry.queue_id,
            recipients=rcpts,
            reason=_portal_reason(reason),
        )
        self.metrics.count_portal_event("stored")
        for ticket in tickets:
            note = build_notification(ticket, self.cfg.portal)
            await self.queue_local(self.cfg.portal.notify_from, [ticket.recipient], note)
            self.audit_later(
                "notified", {"queue_id": entry.queue_id, "recipient": ticket.recipient}
            )
            self.metrics.count_portal_event("notified")
        return True

    async def queue_local(
        self, mail_from: str, rcpts: Sequence[str], raw: bytes, action: Action = Action.DELIVER
    ) -> str:
        """Queue a message the gateway itself composed (notification, code, portal reply).

        It is not scanned: the gateway wrote it (notifications and codes carry no
        PHI by construction); a portal reply is marked REQUIRE_TLS instead.
        """
        assert self.spool is not None and self.notify is not None
        entry = SpoolEntry(
            queue_id=new_queue_id(),
            envelope=Envelope(mail_from=mail_from, rcpt_tos=tuple(rcpts), received_at=time.time()),
            decision=Decision(action=action, rules=("gateway-generated",)),
            raw=raw,
        )
        await asyncio.get_running_loop().run_in_executor(self.spool.io, self.spool.put, entry)
        self.notify(entry.queue_id)
        return entry.queue_id

    async def portal_send_mail(self, envelope_from: str, rcpts: Sequence[str], raw: bytes) -> None:
        """PortalApp's mail path: codes go out as is; replies are protected mail."""
        action = (
            Action.REQUIRE_TLS
            if b"\r\nIn-Reply-To:" in raw.split(b"\r\n\r\n")[0]
            else (Action.DELIVER)
        )
        await self.queue_local(envelope_from, rcpts, raw, action)

    # -- events: audit + metrics -------------------------------------------------------

    def event(self, name: str, fields: dict[str, Any]) -> None:
        m = self.metrics
        if name in ("delivered", "deferred", "bounced"):
            m.count_delivery(name, fields.get("tls_source") or "none")
            if name == "delivered":
                m.count_message("out", "transactional", "deliver")
                if fields.get("pool"):
                    m.count_pool_sent(str(fields["pool"]))
        elif name == "tls_failure":
            m.count_tls_failure(_tls_reason(str(fields.get("reason", "other"))))
            return
        elif name == "relay_denied":
            m.count_relay_denied()
        elif name == "auth_failure":
            m.count_auth_failure()
        elif name == "rate_limited":
            m.count_ratelimit_deferral(str(fields.get("pool", "default")))
            return
        audit_event = _AUDITED.get(name)
        if audit_event is None:
            return
        clean = {k: v for k, v in fields.items() if v not in ("", None)}
        if name == "relay_denied":
            clean["reason"] = "relay_not_permitted"
        elif name == "auth_failure":
            clean["reason"] = "bad_credentials"
        self.audit_later(audit_event, clean)

    def audit_later(self, event: str, fields: dict[str, Any]) -> None:
        """Record off the event loop, batched: with fsync=always a record waits for
        the disk, and one fsync can cover every record queued meanwhile.

        Delivery events are facts already true (the next hop said 250), so they
        are written in the background; ingress records are awaited (pipeline).
        """
        if self._audit_thread is None:
            self._audit_thread = threading.Thread(
                target=self._audit_writer, name="audit-writer", daemon=True
            )
            self._audit_thread.start()
            self.closers.append(self._stop_audit_writer)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a worker thread: hand it over at once
            self._audit_q.put([(event, fields)])
            return
        self._audit_pending.append((event, fields))
        if len(self._audit_pending) == 1:
            loop.call_soon(self._flush_audit_pending)

    def _flush_audit_pending(self) -> None:
        if self._audit_pending:
            items, self._audit_pending = self._audit_pending, []
            self._audit_q.put(items)

    def _audit_writer(self) -> None:
        while True:
            item = self._audit_q.get()
            if item is None:
                return
            batch = list(item)
            while len(batch) < 256:
                try:
                    nxt = self._audit_q.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    self._audit_q.put(None)
                    break
                batch.extend(nxt)
            try:
                self.audit_log.record_many(batch)
            except AuditError:
                log.error("%d audit record(s) could not be written", len(batch))
            except ValueError:
                # A field outside the allow-list is a bug: write the others one by one.
                for event, fields in batch:
                    self._audit_now(event, fields)

    def _stop_audit_writer(self) -> None:
        if self._audit_thread is not None:
            self._flush_audit_pending()  # records of the last loop iteration
            self._audit_q.put(None)
            self._audit_thread.join(timeout=10)
            self._audit_thread = None

    def _audit_now(self, event: str, fields: dict[str, Any]) -> None:
        try:
            self.audit_log.record(event, **fields)
        except AuditError:
            log.error("audit record %s could not be written", event)
        except ValueError as exc:
            # A field outside the allow-list is a bug; never let it stop delivery.
            log.error("audit record %s rejected: %s", event, str(exc).split(":", 1)[0])

    # -- metrics listener, readiness, reload ----------------------------------------------

    def queue_stats(self, counts: dict[str, int], oldest_age: float) -> None:
        for state, n in counts.items():
            self.metrics.set_queue(state, n)
        self.metrics.set_queue_oldest_age(oldest_age)

    def start_metrics(self, spool: Spool) -> None:
        if not self.cfg.metrics.enabled:
            return

        def readiness() -> dict[str, bool]:
            return {"spool": spool.writable(), "policy": True, "audit": self.audit_log.ready()}

        self.metrics_server = metrics_mod.start_http(
            self.cfg.metrics.host,
            self.cfg.metrics.port,
            readiness,
            metrics=self.metrics,
            registry=metrics_mod.multiprocess_registry(),
        )
        self.closers.append(self.metrics_server.close)

    async def watch_policy(self, interval: float = 2.0) -> None:
        """policy.watch: reload when a policy file changes (a broken edit is tried once)."""
        while True:
            await asyncio.sleep(interval)
            if await asyncio.to_thread(self.policy_holder.changed):
                await asyncio.to_thread(self.reload_policy)

    def reload_policy(self, settings: Any = None) -> bool:
        ok = self.policy_holder.reload(settings)
        try:
            self.audit_log.record("policy_reload", result="ok" if ok else "failed")
        except AuditError:
            log.error("audit record policy_reload could not be written")
        return ok

    def close(self) -> None:
        for close in reversed(self.closers):
            try:
                close()
            except Exception as exc:  # a closer failing must not stop the others
                log.error("closing a stage failed: %s", type(exc).__name__)
        self.closers.clear()


def _resolver(cfg: Config) -> dns.asyncresolver.Resolver | None:
    """MTA-STS and DANE look up through the same resolver as MX routing."""
    if not cfg.delivery.dns_nameservers:
        return None
    res = dns.asyncresolver.Resolver(configure=False)
    res.nameservers = list(cfg.delivery.dns_nameservers)
    res.port = cfg.delivery.dns_port
    return res


def _top_headers(raw: bytes) -> list[tuple[str, str]]:
    from gateway.headers import named_values

    return named_values(raw)


def _tls_reason(reason: str) -> str:
    if reason in metrics_mod.TLS_FAILURE_REASONS:
        return reason
    return "verify" if reason in ("mx_mismatch", "dane", "dane_lookup") else "other"


def _portal_reason(reason: str) -> str:
    return {
        "policy": "policy",
        "tls_policy": "policy",
        "no_starttls": "tls_unavailable",
        "handshake": "tls_handshake_failed",
        "verify": "tls_verify_failed",
        "version": "tls_version",
        "mx_mismatch": "mta_sts_failed",
        "dane": "dane_failed",
        "dane_lookup": "dane_failed",
    }.get(reason, "tls_unavailable")

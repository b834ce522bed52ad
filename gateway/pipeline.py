"""The stage order, stated once.

Ingress (before the 250)::

    consent check -> policy (parse, classify, detect, decide) -> reject?
    -> unsubscribe check/inject -> strip consent header -> Received
    -> spool commit (fsync) -> audit -> 250

The spool file carries the audit records it is committed with, so a crash between
the commit and the audit fsync is repaired at the next start (gateway.recovery).

Delivery (after the 250, gateway.delivery)::

    header edits -> DKIM sign (last) -> route -> deliver | portal | quarantine | DSN

Content decisions that refuse a message run before the 250 so the sender learns
at once; everything slow happens after. The policy engine is pure and may be
swapped atomically on reload (``Ingress.policy`` is read once per message).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from gateway import transform
from gateway.model import Action, Decision, Envelope, MessageClass
from gateway.spool import AuditNote, Spool, SpoolEntry, SpoolError, new_queue_id

log = logging.getLogger("phi_gateway.pipeline")

# Messages bigger than this are scanned in a thread so one large attachment does
# not stall every other session on the event loop.
_INLINE_SCAN_BYTES = 256 * 1024


class PolicyEvaluator(Protocol):
    def evaluate(self, envelope: Envelope, raw: bytes, consent: str | None = None) -> Decision: ...


class ConsentCheck(Protocol):
    """Returns (status, hashed consent ids) for the message's recipients."""

    def __call__(self, raw: bytes, recipients: Sequence[str]) -> tuple[str, tuple[str, ...]]: ...


class UnsubscribeCheck(Protocol):
    """Returns (possibly rewritten raw, refusal reply or None) for marketing mail."""

    def __call__(self, raw: bytes, recipients: Sequence[str]) -> tuple[bytes, str | None]: ...


class AuditSink(Protocol):
    def record(self, event: str, **fields: Any) -> None: ...


class AuditUnavailable(Exception):
    """Raised by the audit sink when a record cannot be written."""


class _AllowAll:
    def evaluate(self, envelope: Envelope, raw: bytes, consent: str | None = None) -> Decision:
        return Decision(action=Action.DELIVER)


class Ingress:
    """What happens between the end of DATA and the reply."""

    def __init__(
        self,
        spool: Spool,
        hostname: str,
        on_queued: Callable[[str, float, SpoolEntry], None],
        policy: PolicyEvaluator | None = None,
        consent: ConsentCheck | None = None,
        strip_consent: Callable[[bytes], bytes] | None = None,
        unsubscribe: UnsubscribeCheck | None = None,
        audit: AuditSink | None = None,
        audit_errors: tuple[type[BaseException], ...] = (AuditUnavailable,),
        on_decision: Callable[[Decision, str | None], None] | None = None,
        observe: Callable[[str, float], None] | None = None,
        audit_worker: int = 0,
    ) -> None:
        self.spool = spool
        self.audit_worker = audit_worker  # whose trail the records go to (workers)
        self.hostname = hostname
        self.on_queued = on_queued
        self.policy: PolicyEvaluator = policy or _AllowAll()
        self.consent = consent
        self.strip_consent = strip_consent
        self.unsubscribe = unsubscribe
        self.audit = audit
        self.audit_errors = audit_errors
        self.on_decision = on_decision
        self.observe = observe
        self.committer = CommitBatcher(spool, audit, audit_errors)

    def inspect(
        self, envelope: Envelope, raw: bytes
    ) -> tuple[Decision, str | None, tuple[str, ...]]:
        """Consent status, then the policy decision. Pure apart from the consent store."""
        status: str | None = None
        ids: tuple[str, ...] = ()
        if self.consent is not None:
            status, ids = self.consent(raw, envelope.rcpt_tos)
        decision = self.policy.evaluate(envelope, raw, consent=status)
        return decision, status, ids

    async def accept(self, envelope: Envelope, raw: bytes) -> str:
        t0 = time.perf_counter()
        loop = asyncio.get_running_loop()
        if len(raw) > _INLINE_SCAN_BYTES:
            decision, consent, consent_ids = await loop.run_in_executor(
                None, self.inspect, envelope, raw
            )
        else:
            decision, consent, consent_ids = self.inspect(envelope, raw)
        if self.observe:
            self.observe("scan", time.perf_counter() - t0)
        if self.on_decision is not None:
            self.on_decision(decision, consent)
        queue_id = new_queue_id()
        if decision.action is Action.REJECT:
            records = self._decision_records(
                queue_id, envelope, raw, decision, consent, consent_ids
            )
            try:
                await loop.run_in_executor(self.spool.io, self._record_all, records)
            except self.audit_errors:
                return "451 4.3.0 Audit trail unavailable, try again later"
            reply = decision.smtp_reply.replace("{consent}", consent or "missing")
            return reply if reply[:1] in "45" else "550 5.7.1 Message refused by policy"

        if decision.message_class is MessageClass.MARKETING and self.unsubscribe is not None:
            raw, refusal = self.unsubscribe(raw, envelope.rcpt_tos)
            if refusal is not None:
                return refusal
        message_ids = transform.header_values(raw, "Message-ID")
        if self.strip_consent is not None:
            raw = self.strip_consent(raw)
        stamped = (
            transform.received_header(
                helo=envelope.helo,
                client_ip=envelope.client_ip,
                hostname=self.hostname,
                queue_id=queue_id,
                tls="tls" if envelope.tls_in else None,
                authenticated=envelope.authenticated_as is not None,
                when=envelope.received_at,
            )
            + raw
        )
        t1 = time.perf_counter()
        records = self._decision_records(
            queue_id, envelope, b"", decision, consent, consent_ids, message_ids
        )
        records.append(
            (
                "accepted",
                {
                    "queue_id": queue_id,
                    "sender": envelope.mail_from,
                    "recipients": list(envelope.rcpt_tos),
                    "client_ip": envelope.client_ip,
                    "size": len(stamped),
                    "decision": str(decision.action),
                    "class": str(decision.message_class),
                },
            )
        )
        # The records also travel sealed in the spool file: if the process dies after
        # the commit and before they are durable, a restart appends them, marked
        # recovered (gateway.recovery). No extra write, only ~0.5 KB in the file.
        note = AuditNote(self.audit_worker, tuple(records)) if self.audit is not None else None
        entry = SpoolEntry(queue_id, envelope, decision, stamped, audit=note)
        try:
            reply = await self.committer.submit(entry, records)
        except SpoolError:
            return "452 4.3.1 Insufficient system storage, try again later"
        except self.audit_errors:
            return "451 4.3.0 Audit trail unavailable, try again later"
        if self.observe:
            self.observe("spool", time.perf_counter() - t1)
        self.on_queued(queue_id, 0.0, entry)
        if self.observe:
            self.observe("accept", time.perf_counter() - t0)
        return reply

    def _record_all(self, records: list[tuple[str, dict[str, Any]]]) -> None:
        if self.audit is None:
            return
        for event, fields in records:
            self.audit.record(event, **fields)

    def close(self) -> None:
        self.committer.close()

    def _decision_records(
        self,
        queue_id: str,
        envelope: Envelope,
        raw: bytes,
        decision: Decision,
        consent: str | None,
        consent_ids: tuple[str, ...],
        message_ids: list[str] | None = None,
    ) -> list[tuple[str, dict[str, Any]]]:
        """The audit records describing a decision (metadata only)."""
        detectors: dict[str, int] = {}
        for f in decision.findings:
            detectors[f.detector] = detectors.get(f.detector, 0) + f.count
        fields: dict[str, Any] = {
            "queue_id": queue_id,
            "decision": str(decision.action),
            "rules": list(decision.rules),
            "detectors": detectors,
            "class": str(decision.message_class),
            "sender": envelope.mail_from,
            "recipients": list(envelope.rcpt_tos),
        }
        if message_ids is None:
            message_ids = transform.header_values(raw, "Message-ID")
        if message_ids:
            fields["message_id"] = message_ids[0]
        records: list[tuple[str, dict[str, Any]]] = [("decision", fields)]
        if (consent is not None and consent != "missing") or (
            decision.message_class is MessageClass.MARKETING and consent is not None
        ):
            # One record per consent id, so an investigator can search for each.
            for cid in consent_ids or ("",):
                extra = {"consent_id": cid} if cid else {}
                records.append(
                    (
                        "consent",
                        {
                            "queue_id": queue_id,
                            "consent_result": consent,
                            "class": str(decision.message_class),
                            **extra,
                        },
                    )
                )
        return records


class CommitBatcher:
    """Group commit for concurrent accepts (the gateway's answer to Postfix's fsync cost).

    One thread takes every accept waiting at that moment, writes their spool files
    (each fsync'd), fsyncs the queue directory once, then appends all their audit
    records (decision, consent, accepted) with one audit fsync. Each message still
    gets its 250 only after its own bytes and records are durable; the batch only
    shares the waiting, and the event loop is woken once per batch, not per message.
    """

    def __init__(
        self,
        spool: Spool,
        audit: AuditSink | None,
        audit_errors: tuple[type[BaseException], ...],
        max_batch: int = 64,
    ) -> None:
        self.spool = spool
        self.audit = audit
        self.audit_errors = audit_errors
        self.max_batch = max_batch
        self._q: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def submit(
        self, entry: SpoolEntry, records: list[tuple[str, dict[str, Any]]]
    ) -> asyncio.Future[str]:
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[str] = loop.create_future()
        if self._thread is None:
            with self._start_lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="commit", daemon=True)
                    self._thread.start()
        self._q.put(_Job(entry, records, fut, loop))
        return fut

    def close(self) -> None:
        if self._thread is not None:
            self._q.put(None)
            self._thread.join(timeout=10)
            self._thread = None

    def _run(self) -> None:
        while True:
            job = self._q.get()
            if job is None:
                return
            batch = [job]
            stop = False
            while len(batch) < self.max_batch:
                try:
                    nxt = self._q.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    stop = True
                    break
                batch.append(nxt)
            outcomes = self._commit(batch)
            by_loop: dict[asyncio.AbstractEventLoop, list[tuple[_Job, str | BaseException]]] = {}
            for j, outcome in zip(batch, outcomes, strict=True):
                by_loop.setdefault(j.loop, []).append((j, outcome))
            for loop, items in by_loop.items():
                with contextlib.suppress(RuntimeError):  # loop already closed
                    loop.call_soon_threadsafe(_settle, items)
            if stop:
                return

    def _commit(self, batch: list[_Job]) -> list[str | BaseException]:
        errors = self.spool.put_many([j.entry for j in batch])
        outcomes: list[str | BaseException] = [
            e if e is not None else f"250 2.0.0 Ok: queued as {j.entry.queue_id}"
            for j, e in zip(batch, errors, strict=True)
        ]
        stored = [i for i, e in enumerate(errors) if e is None]
        if self.audit is None:
            return outcomes
        # A message the spool could not take (452) still has its decision on
        # record, just no "accepted": the trail shows what was refused and why.
        records = [
            rec
            for i, j in enumerate(batch)
            for rec in j.records
            if errors[i] is None or rec[0] != "accepted"
        ]
        if not stored:
            with contextlib.suppress(*self.audit_errors):
                self._record(records)
            return outcomes
        try:
            self._record(records)
        except self.audit_errors as exc:
            # Never work unrecorded: undo the commits and let the clients retry.
            for i in stored:
                self.spool.remove(batch[i].entry.queue_id)
                outcomes[i] = exc
        except Exception as exc:  # a bug in a record must not strand the batch's clients
            for i in stored:
                self.spool.remove(batch[i].entry.queue_id)
                outcomes[i] = exc
        return outcomes

    def _record(self, records: list[tuple[str, dict[str, Any]]]) -> None:
        assert self.audit is not None
        record_many = getattr(self.audit, "record_many", None)
        if record_many is not None:
            record_many(records)
        else:
            for event, fields in records:
                self.audit.record(event, **fields)


@dataclass
class _Job:
    entry: SpoolEntry
    records: list[tuple[str, dict[str, Any]]]
    future: asyncio.Future[str]
    loop: asyncio.AbstractEventLoop


def _settle(items: list[tuple[_Job, str | BaseException]]) -> None:
    for job, outcome in items:
        if job.future.done():  # the client went away; the message is committed anyway
            continue
        if isinstance(outcome, BaseException):
            job.future.set_exception(outcome)
        else:
            job.future.set_result(outcome)


def outbound(entry: SpoolEntry, sign: Callable[[bytes], bytes] | None = None) -> bytes:
    """Delivery-side transform: policy header edits, then DKIM signing, always last."""
    edits = entry.decision.edits
    changed = edits.add or edits.remove or edits.subject is not None
    raw = transform.apply_edits(entry.raw, edits) if changed else entry.raw
    return sign(raw) if sign is not None else raw


def with_pool(decision: Decision, pool: str | None) -> Decision:
    return replace(decision, pool=pool)

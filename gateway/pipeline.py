"""The stage order, stated once.

Ingress (before the 250)::

    consent check -> policy (parse, classify, detect, decide) -> reject?
    -> unsubscribe check/inject -> strip consent header -> Received
    -> spool commit (fsync) -> audit -> 250

Delivery (after the 250, gateway.delivery)::

    header edits -> DKIM sign (last) -> route -> deliver | portal | quarantine | DSN

Content decisions that refuse a message run before the 250 so the sender learns
at once; everything slow happens after. The policy engine is pure and may be
swapped atomically on reload (``Ingress.policy`` is read once per message).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Protocol

from gateway import transform
from gateway.model import Action, Decision, Envelope, MessageClass
from gateway.spool import Spool, SpoolEntry, SpoolError, new_queue_id

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
        on_queued: Callable[[str], None],
        policy: PolicyEvaluator | None = None,
        consent: ConsentCheck | None = None,
        strip_consent: Callable[[bytes], bytes] | None = None,
        unsubscribe: UnsubscribeCheck | None = None,
        audit: AuditSink | None = None,
        audit_errors: tuple[type[BaseException], ...] = (AuditUnavailable,),
        on_decision: Callable[[Decision, str | None], None] | None = None,
        observe: Callable[[str, float], None] | None = None,
    ) -> None:
        self.spool = spool
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
            try:
                await loop.run_in_executor(
                    self.spool.io,
                    self._audit_decision,
                    queue_id,
                    envelope,
                    raw,
                    decision,
                    consent,
                    consent_ids,
                )
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
        entry = SpoolEntry(queue_id, envelope, decision, stamped)
        t1 = time.perf_counter()
        try:
            # One hop to the I/O pool for the whole commit: concurrent sessions'
            # audit and spool fsyncs then group-commit instead of queueing on the loop.
            reply = await loop.run_in_executor(
                self.spool.io, self._commit, entry, message_ids, consent, consent_ids
            )
        except SpoolError:
            return "452 4.3.1 Insufficient system storage, try again later"
        except self.audit_errors:
            return "451 4.3.0 Audit trail unavailable, try again later"
        if self.observe:
            self.observe("spool", time.perf_counter() - t1)
        self.on_queued(queue_id)
        if self.observe:
            self.observe("accept", time.perf_counter() - t0)
        return reply

    def _commit(
        self,
        entry: SpoolEntry,
        message_ids: list[str],
        consent: str | None,
        consent_ids: tuple[str, ...],
    ) -> str:
        """Audit the decision, store durably, audit the acceptance (in an I/O thread).

        The 250 is earned only when all three succeeded; an audit failure after the
        spool write removes the message again: never work unrecorded.
        """
        env, decision = entry.envelope, entry.decision
        self._audit_decision(entry.queue_id, env, b"", decision, consent, consent_ids, message_ids)
        self.spool.put(entry)
        if self.audit is not None:
            try:
                self.audit.record(
                    "accepted",
                    queue_id=entry.queue_id,
                    sender=env.mail_from,
                    recipients=list(env.rcpt_tos),
                    client_ip=env.client_ip,
                    size=len(entry.raw),
                    decision=str(decision.action),
                    **{"class": str(decision.message_class)},
                )
            except self.audit_errors:
                self.spool.remove(entry.queue_id)
                raise
        return f"250 2.0.0 Ok: queued as {entry.queue_id}"

    def _audit_decision(
        self,
        queue_id: str,
        envelope: Envelope,
        raw: bytes,
        decision: Decision,
        consent: str | None,
        consent_ids: tuple[str, ...],
        message_ids: list[str] | None = None,
    ) -> None:
        if self.audit is None:
            return
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
        self.audit.record("decision", **fields)
        if (consent is not None and consent != "missing") or (
            decision.message_class is MessageClass.MARKETING and consent is not None
        ):
            # One record per consent id, so an investigator can search for each.
            for cid in consent_ids or ("",):
                extra = {"consent_id": cid} if cid else {}
                self.audit.record(
                    "consent",
                    queue_id=queue_id,
                    consent_result=consent,
                    **extra,
                    **{"class": str(decision.message_class)},
                )


def outbound(entry: SpoolEntry, sign: Callable[[bytes], bytes] | None = None) -> bytes:
    """Delivery-side transform: policy header edits, then DKIM signing, always last."""
    edits = entry.decision.edits
    changed = edits.add or edits.remove or edits.subject is not None
    raw = transform.apply_edits(entry.raw, edits) if changed else entry.raw
    return sign(raw) if sign is not None else raw


def with_pool(decision: Decision, pool: str | None) -> Decision:
    return replace(decision, pool=pool)

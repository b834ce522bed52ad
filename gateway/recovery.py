"""Start-up repair of the audit gap a crash can leave after a spool commit.

Accepts are group-committed (pipeline.CommitBatcher): a batch's spool files are
fsync'd, then its audit records (decision, consent, accepted) are appended with one
audit fsync, then the clients get their 250. A process killed between the two
leaves committed messages (the spool is the source of truth: they are delivered)
whose records never reached the disk. Their clients got no 250 and will likely
resend (at least once), but the trail would show "delivered" for a message with
no record of the decision that let it through.

The repair costs nothing per message: each spool file already carries, sealed, the
exact records its accept appends (``SpoolEntry.audit``, about 0.5 KB). At start,
before this process accepts or delivers anything, ``reconcile`` reads the tail of
its own trail and appends the records missing for the messages the crash caught,
each with ``recovered: true``, so the trail is complete and says which records were
written late. Which messages can be caught: only those committed by this trail's
previous writer after its last durable "accepted" record, give or take one commit
batch (``WINDOW``); so only the tail of the trail is read, and only spool files
written since then are opened. A trail whose last record is a ``close`` checkpoint
was shut down cleanly and has no gap: nothing is read.

Several workers (``listen.workers``) share the spool but each writes its own trail,
and each reconciles only its own (worker 0 also the trails of workers that no longer
run), before it accepts: so every trail is reconciled once, by its only writer, and
never races a new accept (whose records are durable before its 250 anyway). One
race is left: another worker could deliver a caught message, and remove its file,
before its owner restarts and reconciles it. ``ClaimGate`` closes it: a worker
makes the first delivery attempt on another worker's SMTP accept only once that
worker has reconciled since the message was queued (a marker file per worker,
``<spool>/reconciled/worker<N>``, written after each reconciliation). Until then
the owner delivers its own messages, as it does anyway.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gateway.audit import (
    AuditLog,
    AuditSettings,
    for_worker,
    iter_back,
    parse_time,
    time_text,
    trail_files,
)
from gateway.crypto import DecryptError
from gateway.spool import DeliveryState, Spool, SpoolEntry

log = logging.getLogger("phi_gateway.recovery")

WINDOW = 60.0
"""Seconds before the last durable "accepted" record within which a spool file may
still belong to a batch whose records were lost. The batch the crash caught was
written after the previous batch's records (one commit thread); only a batch, or
a clock step, longer than this could escape."""


@dataclass
class Tail:
    """What the end of one trail says about recent accepts."""

    clean: bool = False  # last record is a ``close`` checkpoint: no gap possible
    last_accepted: float | None = None  # time of the newest "accepted" record
    events: dict[str, set[str]] = field(default_factory=dict)  # queue_id -> events


def read_tail(settings: AuditSettings, window: float = WINDOW) -> Tail:
    """The events per queue id from the end of the trail back to ``2 * window``
    before its newest "accepted" record (or the whole trail if it has none)."""
    tail = Tail()
    stop: str | None = None
    first = True
    for rec in iter_back(settings):
        event, when = rec.get("event"), str(rec.get("time", ""))
        if first:
            first = False
            if event == "checkpoint" and rec.get("checkpoint") == "close":
                tail.clean = True
                return tail
        if stop is not None and when < stop:
            break
        if event == "accepted" and tail.last_accepted is None:
            try:
                tail.last_accepted = parse_time(when).timestamp()
            except ValueError:
                continue
            stop = time_text(tail.last_accepted - 2 * window)
        qid = rec.get("queue_id")
        if isinstance(qid, str) and isinstance(event, str):
            tail.events.setdefault(qid, set()).add(event)
    return tail


def reconcile(spool: Spool, audit: AuditLog, worker: int, *, window: float = WINDOW) -> list[str]:
    """Append the records missing for messages worker ``worker`` committed before
    a crash; return their queue ids. ``audit`` must be that worker's trail, and no
    other process may be writing to it or accepting as that worker (start-up).

    A message's records are appended only for the events the trail lacks (a crash
    can cut a batch's records in the middle), each marked ``recovered``. AuditError
    propagates: a gateway that cannot write its trail must not deliver unrecorded.
    """
    started = time.time()
    tail = read_tail(audit.settings, window)
    found: list[SpoolEntry] = []
    if not tail.clean:
        cutoff = None if tail.last_accepted is None else tail.last_accepted - window
        for qid in spool.ids():
            if "accepted" in tail.events.get(qid, ()):
                continue
            try:
                if cutoff is not None and _mtime(spool, qid) < cutoff:
                    continue  # older than the window: its records were durable
                entry = spool.read(qid)
            except (FileNotFoundError, DecryptError, ValueError, KeyError):
                continue  # gone (delivered), or unreadable: delivery reports those
            if entry.audit is not None and entry.audit.worker == worker:
                found.append(entry)
    records: list[tuple[str, dict[str, Any]]] = []
    for entry in found:
        assert entry.audit is not None
        have = tail.events.get(entry.queue_id, set())
        records += [
            (event, {**fields, "recovered": True})
            for event, fields in entry.audit.records
            if event not in have
        ]
    if records:
        audit.record_many(records)
        log.warning(
            "audit: %d message(s) were committed to the spool but not recorded before a "
            "crash; their records are now written, marked recovered (worker %d)",
            len(found),
            worker,
        )
    mark_reconciled(spool, worker, started)
    return [e.queue_id for e in found]


def reconcile_orphans(
    spool: Spool, base: AuditSettings, workers: int, metrics: Any = None
) -> list[str]:
    """Worker 0's extra duty: trails of worker indices >= ``workers`` (the worker
    count went down). Nobody else writes them, so they are opened here, repaired and
    closed again (their ``close`` checkpoint makes the next start skip them)."""
    out: list[str] = []
    parent = base.path.parent
    if not parent.is_dir():
        return out
    for d in sorted(parent.glob("worker*")):
        suffix = d.name.removeprefix("worker")
        if not (d.is_dir() and suffix.isdigit()) or int(suffix) < workers:
            continue
        index = int(suffix)
        settings = for_worker(base, index)
        if not trail_files(settings.path):
            continue
        with AuditLog(settings, metrics=metrics) as trail:
            out += reconcile(spool, trail, index)
    return out


# --- the claim gate -----------------------------------------------------------


def _marker(spool_dir: Path, worker: int) -> Path:
    return spool_dir / "reconciled" / f"worker{worker}"


def mark_reconciled(spool: Spool, worker: int, when: float) -> None:
    """Record that every message worker ``worker`` queued before ``when`` has its
    records. Not fsync'd: a lost update leaves an older time, which only holds
    other workers back longer (the safe direction)."""
    path = _marker(spool.dir, worker)
    path.parent.mkdir(exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(f"{when:.6f}\n")
    os.replace(tmp, path)


def reconciled_at(spool_dir: Path, worker: int) -> float | None:
    try:
        return float(_marker(spool_dir, worker).read_text())
    except (OSError, ValueError):
        return None


def queued_at(queue_id: str) -> float | None:
    """The arrival time a queue id encodes (milliseconds, 11 hex digits)."""
    try:
        return int(queue_id[:11], 16) / 1000.0
    except ValueError:
        return None


def _never_tried(state: DeliveryState) -> bool:
    return (
        state.status == "active"
        and state.attempts == 0
        and state.next_attempt == 0.0
        and not (state.delivered or state.bounced or state.deferred)
    )


class ClaimGate:
    """``Spool.admit`` for worker ``me`` of ``workers``: holds back the first
    delivery attempt on another worker's SMTP accept until that worker has
    reconciled its trail after the message was queued (see the module doc).

    A worker that is alive queued the message after its own start-up
    reconciliation, so the gate holds it back and the owner delivers it (it is
    notified of its own accepts). A dead worker's messages pass once its successor,
    or worker 0 for a retired index, has reconciled. Messages that were already
    tried, DSNs and notifications are never held.
    """

    def __init__(self, spool_dir: Path, me: int, workers: int) -> None:
        self.spool_dir = spool_dir
        self.me = me
        self.workers = workers

    def __call__(self, entry: SpoolEntry, state: DeliveryState) -> bool:
        note = entry.audit
        if note is None or note.worker == self.me or not _never_tried(state):
            return True
        marked = reconciled_at(self.spool_dir, note.worker)
        if marked is None:
            # Never reconciled: a configured worker will do it when it starts; an
            # index with no worker and no trail left has nothing to reconcile.
            return note.worker >= self.workers
        queued = queued_at(entry.queue_id)
        # The id keeps milliseconds: queued in [queued, queued + 1 ms).
        return queued is None or queued + 0.001 <= marked


def _mtime(spool: Spool, queue_id: str) -> float:
    return (spool.qdir / f"{queue_id}.msg").stat().st_mtime

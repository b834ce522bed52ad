"""Start-up reconciliation of accepts whose audit records a crash lost.

The crash window is built with the real ingress: the spool commit happens, the
batch's audit append does not (the commit thread's append is skipped for the
messages caught), and the trail is left without its close checkpoint, as kill -9
leaves it. Then the trail is reopened as a restart does and reconciled.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gateway import recovery
from gateway.audit import AuditLog, AuditSettings, all_trails, for_worker, verify
from gateway.crypto import Sealer
from gateway.model import Action, Decision, Envelope
from gateway.pipeline import CommitBatcher, Ingress
from gateway.spool import Spool, SpoolEntry, new_queue_id


def _settings(tmp_path: Path) -> AuditSettings:
    return AuditSettings(path=tmp_path / "audit" / "audit.jsonl", fsync="never")


def _records(settings: AuditSettings) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for f in sorted(settings.path.parent.glob("audit*.jsonl")):
        out += [json.loads(x) for x in f.read_text().splitlines() if x]
    return sorted(out, key=lambda r: int(r["seq"]))


def _crash(log: AuditLog) -> None:
    """What kill -9 leaves: the file as written, no close checkpoint."""
    log._close_fd()
    log._closed = True


@pytest.fixture
def spool(tmp_path: Path) -> Iterator[Spool]:
    s = Spool(tmp_path / "spool", Sealer(b"k" * 32))
    yield s
    s.close()


async def _accept(ingress: Ingress, i: int, record: bool) -> str:
    """One SMTP accept through the real ingress; record=False: the process 'dies'
    after the spool commit and before the audit append of its batch."""
    original = CommitBatcher._record
    if not record:
        ingress.committer._record = lambda records: None  # type: ignore[method-assign]
    try:
        env = Envelope(
            f"sender{i}@clinic.example", (f"patient{i}@mail.example",), client_ip="192.0.2.7"
        )
        raw = (
            f"From: sender{i}@clinic.example\r\nSubject: visit {i}\r\n"
            f"Message-ID: <m{i}@clinic.example>\r\n\r\nSee you.\r\n"
        ).encode()
        reply = await ingress.accept(env, raw)
    finally:
        ingress.committer._record = original.__get__(ingress.committer)  # type: ignore[method-assign]
    assert reply.startswith("250"), reply
    return reply.split()[-1]


def _ingress(spool: Spool, log: AuditLog, worker: int = 0) -> Ingress:
    return Ingress(
        spool,
        "gw.test",
        on_queued=lambda *a: None,
        consent=lambda raw, rcpts: ("ok", ("consent-1",)),
        audit=log,
        audit_worker=worker,
    )


async def test_reconcile_appends_exactly_the_missing_records(tmp_path: Path, spool: Spool) -> None:
    settings = _settings(tmp_path)
    log = AuditLog(settings)
    ingress = _ingress(spool, log)
    ok = await _accept(ingress, 0, record=True)
    lost = await _accept(ingress, 1, record=False)
    half = await _accept(ingress, 2, record=False)
    ingress.close()
    # A crash can cut a batch's records in the middle: this one's decision is durable.
    entry = spool.read(half)
    assert entry.audit is not None
    log.record_many([entry.audit.records[0]])
    # Messages the gateway composed itself (DSN, notification) have no accept records.
    dsn = SpoolEntry(
        new_queue_id(), Envelope("", ("a@clinic.example",)), Decision(Action.DELIVER), b"x"
    )
    spool.put(dsn)
    _crash(log)

    log = AuditLog(settings)  # the restart
    assert sorted(recovery.reconcile(spool, log, 0)) == sorted([lost, half])
    log.close()

    recs = _records(settings)
    by_id: dict[str, list[dict[str, Any]]] = {}
    for r in recs:
        if "queue_id" in r:
            by_id.setdefault(r["queue_id"], []).append(r)
    assert dsn.queue_id not in by_id
    for qid in (ok, lost, half):
        events = sorted(r["event"] for r in by_id[qid])
        assert events == ["accepted", "consent", "decision"], (qid, events)
    assert not any(r.get("recovered") for r in by_id[ok])
    assert all(r["recovered"] is True for r in by_id[lost])
    half_recs = {r["event"]: r for r in by_id[half]}
    assert "recovered" not in half_recs["decision"]
    assert half_recs["accepted"]["recovered"] is True
    assert half_recs["consent"]["recovered"] is True
    # Same metadata as an accept recorded in time (hashes, domains, tokens).
    normal = next(r for r in by_id[ok] if r["event"] == "accepted")
    late = next(r for r in by_id[lost] if r["event"] == "accepted")
    assert set(late) - set(normal) == {"recovered"}
    assert late["recipient_domains"] == ["mail.example"] and late["size"] > 0
    text = "".join(f.read_text() for f in settings.path.parent.glob("*.jsonl"))
    assert "@" not in text  # no address in clear
    result = verify(settings)
    assert result.ok, str(result)

    # Idempotent: a second start (here after a clean close) adds nothing.
    log = AuditLog(settings)
    assert recovery.reconcile(spool, log, 0) == []
    _crash(log)  # and also after another crash with nothing new in the window
    log = AuditLog(settings)
    assert recovery.reconcile(spool, log, 0) == []
    log.close()
    assert len([r for r in _records(settings) if r["event"] != "checkpoint"]) == len(
        [r for r in recs if r["event"] != "checkpoint"]
    )


async def test_messages_older_than_the_window_are_not_reopened(
    tmp_path: Path, spool: Spool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the tail is read: a spool file written well before the trail's last
    accept is taken as recorded and never decrypted."""
    settings = _settings(tmp_path)
    log = AuditLog(settings)
    ingress = _ingress(spool, log)
    old = await _accept(ingress, 0, record=True)
    await _accept(ingress, 1, record=True)
    lost = await _accept(ingress, 2, record=False)
    ingress.close()
    _crash(log)
    path = spool.qdir / f"{old}.msg"
    t = path.stat().st_mtime - 3 * recovery.WINDOW
    os.utime(path, (t, t))
    opened: list[str] = []
    real_read = Spool.read

    def counting_read(self: Spool, qid: str) -> SpoolEntry:
        opened.append(qid)
        return real_read(self, qid)

    monkeypatch.setattr(Spool, "read", counting_read)
    log = AuditLog(settings)
    assert recovery.reconcile(spool, log, 0) == [lost]
    log.close()
    assert opened == [lost]


async def test_other_workers_fresh_accepts_wait_for_their_reconciliation(
    tmp_path: Path, spool: Spool
) -> None:
    """Worker 1 dies in its window; worker 0 must not deliver (and remove) the
    message before worker 1's successor has put its records on the trail."""
    base = _settings(tmp_path)
    w1 = for_worker(base, 1)
    log1 = AuditLog(w1)
    ingress = _ingress(spool, log1, worker=1)
    lost = await _accept(ingress, 1, record=False)
    ingress.close()
    _crash(log1)
    own = SpoolEntry(new_queue_id(), Envelope("", ("a@x.example",)), Decision(Action.DELIVER), b"x")
    spool.put(own)

    spool.admit = recovery.ClaimGate(spool.dir, me=0, workers=2)
    assert spool.claim(lost) is None  # held back: worker 1 has not reconciled yet
    claim = spool.claim(own.queue_id)  # not an SMTP accept: never held
    assert claim is not None
    claim.close()

    log1 = AuditLog(w1)  # worker 1's successor starts
    assert recovery.reconcile(spool, log1, 1) == [lost]
    log1.close()
    claim = spool.claim(lost)
    assert claim is not None  # now worker 0 may deliver it
    claim.close()
    accepted = [r for r in _records(w1) if r["event"] == "accepted"]
    assert [(r["queue_id"], r["recovered"]) for r in accepted] == [(lost, True)]


async def test_live_owner_delivers_its_own_fresh_accepts(tmp_path: Path, spool: Spool) -> None:
    """A message queued after its worker's reconciliation is that worker's to try
    first: another worker's claim passes only once it has been tried."""
    base = _settings(tmp_path)
    log1 = AuditLog(for_worker(base, 1))
    recovery.reconcile(spool, log1, 1)  # worker 1 starts...
    ingress = _ingress(spool, log1, worker=1)
    qid = await _accept(ingress, 1, record=True)  # ...and accepts
    ingress.close()
    log1.close()
    spool.admit = recovery.ClaimGate(spool.dir, me=0, workers=2)
    assert spool.claim(qid) is None
    spool.admit = recovery.ClaimGate(spool.dir, me=1, workers=2)
    claim = spool.claim(qid)
    assert claim is not None
    claim.state.attempts = 1
    claim.save()
    claim.close()
    spool.admit = recovery.ClaimGate(spool.dir, me=0, workers=2)
    claim = spool.claim(qid)
    assert claim is not None
    claim.close()


async def test_retired_workers_trail_is_reconciled_by_worker_0(
    tmp_path: Path, spool: Spool
) -> None:
    """The worker count went from 2 to 1: nobody writes worker 1's trail any more,
    so worker 0 reconciles it (once: it is closed cleanly afterwards)."""
    base = _settings(tmp_path)
    log1 = AuditLog(for_worker(base, 1))
    ingress = _ingress(spool, log1, worker=1)
    lost = await _accept(ingress, 1, record=False)
    ingress.close()
    _crash(log1)

    assert recovery.reconcile_orphans(spool, base, workers=1) == [lost]
    assert recovery.reconcile_orphans(spool, base, workers=1) == []
    accepted = [r for r in _records(for_worker(base, 1)) if r["event"] == "accepted"]
    assert [(r["queue_id"], r["recovered"]) for r in accepted] == [(lost, True)]
    for trail in all_trails(base):
        if trail.path.exists():
            assert verify(trail).ok
    spool.admit = recovery.ClaimGate(spool.dir, me=0, workers=1)
    claim = spool.claim(lost)
    assert claim is not None
    claim.close()

"""Tamper evidence: the chain, checkpoints, rotation, retention, recovery."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from gateway.audit import AuditLog, rotated_name, search, trail_files, verify
from gateway.metrics import Metrics
from tests.audit.audit_support import (
    T0,
    Clock,
    build_trail,
    dump,
    first_line_where,
    forge_chain,
    load,
    read_lines,
    settings,
    write_lines,
    write_messages,
)

DAY = 86400


def _is_plain(rec: dict[str, object]) -> bool:
    return rec["event"] != "checkpoint"


def test_intact_trail_verifies_across_rotated_files(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path)
    assert len(files) >= 4, "the test needs several rotated files"
    res = verify(s)
    assert res.ok, str(res)
    assert res.files == len(files)
    assert res.first_seq == 0
    assert res.records == res.last_seq + 1 if res.last_seq is not None else False
    assert res.checkpoints >= 16
    assert res.unsigned_tail == 0  # close() signs the tail
    assert str(res).startswith("OK:")


def test_every_file_starts_with_a_signed_anchor(tmp_path: Path) -> None:
    _, files = build_trail(tmp_path)
    assert load(read_lines(files[0])[0])["checkpoint"] == "genesis"
    for f in files[1:]:
        assert load(read_lines(f)[0])["checkpoint"] == "file_start"
    for f in files[:-1]:
        assert load(read_lines(f)[-1])["checkpoint"] == "rotate"


def test_edited_record_is_named(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path)
    target = files[2]
    n = first_line_where(target, lambda r: r["event"] == "decision")
    lines = read_lines(target)
    rec = load(lines[n - 1])
    rec["decision"] = "deliver"  # hide that this message needed protection
    lines[n - 1] = dump(rec)
    write_lines(target, lines)
    res = verify(s)
    assert not res.ok
    assert (res.bad_file, res.bad_line) == (target, n)
    assert "edited" in (res.error or "")
    assert f"{target}:{n}:" in str(res)


def test_non_canonical_edit_is_caught(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path)
    lines = read_lines(files[1])
    lines[2] = lines[2].replace(b'"event"', b' "event"', 1)
    write_lines(files[1], lines)
    res = verify(s)
    assert (res.ok, res.bad_file, res.bad_line) == (False, files[1], 3)


def test_edit_with_recomputed_chain_fails_at_next_checkpoint(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path)
    target = files[1]
    n = first_line_where(target, lambda r: r["event"] == "accepted")
    lines = read_lines(target)
    rec = load(lines[n - 1])
    rec["size"] = 1
    lines[n - 1] = dump(rec)
    write_lines(target, lines)
    forge_chain(s)
    res = verify(s)
    assert not res.ok
    cp = first_line_where(target, lambda r: r["event"] == "checkpoint" and r["seq"] > rec["seq"])
    assert (res.bad_file, res.bad_line) == (target, cp)
    assert "signature" in (res.error or "")


def test_deleted_record(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path)
    target = files[2]
    lines = read_lines(target)
    n = first_line_where(target, _is_plain)
    del lines[n - 1]
    write_lines(target, lines)
    res = verify(s)
    assert (res.ok, res.bad_file, res.bad_line) == (False, target, n)
    assert "deleted, inserted or reordered" in (res.error or "")


def test_inserted_record(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path)
    target = files[1]
    lines = read_lines(target)
    # A well-formed record copied from elsewhere: valid hash, wrong place.
    lines.insert(3, read_lines(files[2])[2])
    write_lines(target, lines)
    res = verify(s)
    assert (res.ok, res.bad_file, res.bad_line) == (False, target, 4)


def test_reordered_records(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path)
    target = files[1]
    lines = read_lines(target)
    lines[2], lines[3] = lines[3], lines[2]
    write_lines(target, lines)
    res = verify(s)
    assert (res.ok, res.bad_file, res.bad_line) == (False, target, 3)


def test_tampered_checkpoint_signature(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path)
    target = files[1]
    n = first_line_where(target, lambda r: r.get("checkpoint") == "interval")
    lines = read_lines(target)
    rec = load(lines[n - 1])
    rec["records"] = 4  # claim fewer records were covered
    lines[n - 1] = dump(rec)
    write_lines(target, lines)
    forge_chain(s)  # even with a consistent chain the signature gives it away
    res = verify(s)
    assert (res.ok, res.bad_file, res.bad_line) == (False, target, n)
    assert "signature" in (res.error or "")


def test_checkpoint_from_a_different_key(tmp_path: Path) -> None:
    s, _ = build_trail(tmp_path)
    other = ed25519.Ed25519PrivateKey.generate().public_key()
    s.checkpoint_public_key_path.write_bytes(
        other.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    s.checkpoint_key_path.unlink()  # auditors hold only the public key
    res = verify(s)
    assert not res.ok and res.bad_line == 1
    assert "different key" in (res.error or "")


def test_verify_needs_only_the_public_key(tmp_path: Path) -> None:
    s, _ = build_trail(tmp_path)
    s.checkpoint_key_path.unlink()
    assert verify(s).ok


def test_deleted_middle_file(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path)
    files[2].unlink()
    res = verify(s)
    assert (res.ok, res.bad_file, res.bad_line) == (False, files[3], 1)


def test_swapped_files(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path)
    a, b = files[1].read_bytes(), files[2].read_bytes()
    files[1].write_bytes(b)
    files[2].write_bytes(a)
    res = verify(s)
    assert (res.ok, res.bad_file, res.bad_line) == (False, files[1], 1)


def test_deleted_oldest_file_is_caught_unless_due_for_retention(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path, retention_days=30)
    files[0].unlink()
    res = verify(s)
    assert (res.ok, res.bad_file, res.bad_line) == (False, files[1], 1)
    assert "missing" in (res.error or "")
    # The same trail looked at 31 days later is a legitimately pruned one.
    import time

    assert verify(s, now=time.time() + 31 * DAY).ok


def test_prune_keeps_the_trail_verifiable(tmp_path: Path) -> None:
    clock = Clock()
    s = settings(tmp_path, retention_days=10)
    log = AuditLog(s, metrics=Metrics(), clock=clock)
    write_messages(log, 30, clock)
    before = trail_files(s.path)
    assert len(before) >= 3
    clock.advance(11 * DAY)
    write_messages(log, 2, clock)
    deleted = log.prune()
    assert deleted and all(first is not None for _, first in trail_files(s.path)[:-1])
    assert s.path.exists()
    log.close()
    res = verify(s, now=clock.now)
    assert res.ok, str(res)
    assert res.first_seq and res.first_seq > 0
    assert any(r["event"] == "pruned" for r in _all_records(s))
    # Pruned too early (judged at the old time) is reported.
    assert not verify(s, now=T0).ok


def _all_records(s: object) -> list[dict[str, object]]:
    from gateway.audit import AuditSettings

    assert isinstance(s, AuditSettings)
    return [load(line) for p, _ in trail_files(s.path) for line in read_lines(p)]


def test_truncated_tail_is_caught_and_recovered_on_reopen(tmp_path: Path) -> None:
    s, _ = build_trail(tmp_path)
    with s.path.open("ab") as f:
        f.write(b'{"event":"accepted","queue_id":"half-writ')  # crash mid-write
    res = verify(s)
    assert not res.ok and "incomplete" in (res.error or "")
    log = AuditLog(s, metrics=Metrics())
    log.record("accepted", queue_id="after-crash")
    log.close()
    assert verify(s).ok
    events = [r["event"] for r in _all_records(s)]
    assert "recovered" in events


def test_restart_continues_the_chain(tmp_path: Path) -> None:
    s = settings(tmp_path, rotate_bytes=1_000_000, checkpoint_every=100)
    for _ in range(3):
        log = AuditLog(s, metrics=Metrics())
        write_messages(log, 3)
        log.close()
    res = verify(s)
    assert res.ok, str(res)
    assert res.files == 1
    assert res.records == 1 + 3 * (6 + 1)  # genesis + (6 records + close checkpoint) x 3


def test_crash_between_rotation_rename_and_new_file(tmp_path: Path) -> None:
    s, _ = build_trail(tmp_path)
    first = load(read_lines(s.path)[0])["seq"]
    os.rename(s.path, rotated_name(s.path, first))
    log = AuditLog(s, metrics=Metrics())
    log.record("accepted", queue_id="resumed")
    log.close()
    res = verify(s)
    assert res.ok, str(res)


def test_unsigned_tail_is_reported(tmp_path: Path) -> None:
    s = settings(tmp_path, checkpoint_every=100, rotate_bytes=1_000_000)
    log = AuditLog(s, metrics=Metrics())
    write_messages(log, 2)
    res = verify(s)  # while open: 4 records after the genesis checkpoint
    assert res.ok and res.unsigned_tail == 4
    log.close()
    assert verify(s).unsigned_tail == 0


def test_daily_rotation(tmp_path: Path) -> None:
    clock = Clock(T0 - T0 % DAY + DAY - 5)  # 5 s before midnight UTC
    s = settings(tmp_path, rotate_daily=True, rotate_bytes=1_000_000)
    log = AuditLog(s, metrics=Metrics(), clock=clock)
    log.record("accepted", queue_id="before")
    clock.advance(10)
    log.record("accepted", queue_id="after")
    log.close()
    files = trail_files(s.path)
    assert len(files) == 2
    assert verify(s, now=clock.now).ok
    day2 = list(search(s, since="1970-01-01", queue_id="after"))
    assert day2 and day2[0]["time"][:10] != load(read_lines(files[0][0])[0])["time"][:10]


def test_hmac_checkpoints(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path, checkpoint_algorithm="hmac-sha256")
    assert verify(s).ok
    lines = read_lines(files[1])
    rec = load(lines[2])
    rec["size"] = 7
    lines[2] = dump(rec)
    write_lines(files[1], lines)
    forge_chain(s)
    res = verify(s)
    assert not res.ok and "signature" in (res.error or "")


def test_concurrent_writers(tmp_path: Path) -> None:
    s = settings(tmp_path, checkpoint_every=50, rotate_bytes=64 * 1024)
    log = AuditLog(s, metrics=Metrics())

    def work(t: int) -> None:
        for i in range(150):
            log.record("delivered", queue_id=f"T{t}-{i}", recipient="a@b.example", attempt=1)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.close()
    res = verify(s)
    assert res.ok, str(res)
    assert sum(1 for r in _all_records(s) if r["event"] == "delivered") == 900


@pytest.mark.parametrize("policy", ["always", "batch"])
def test_fsync_policies_verify(tmp_path: Path, policy: str) -> None:
    s, _ = build_trail(tmp_path, n=10, fsync=policy)
    assert verify(s).ok


def test_renamed_file_is_caught(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path)
    first = load(read_lines(files[1])[0])["seq"]
    # Same order, wrong name: only the name/content check sees it.
    files[1].rename(rotated_name(s.path, first + 1))
    res = verify(s)
    assert not res.ok and res.bad_line == 1
    assert "file name" in (res.error or "")


def test_tail_truncation_needs_an_external_anchor(tmp_path: Path) -> None:
    s, _ = build_trail(tmp_path)
    lines = read_lines(s.path)
    last = load(lines[-1])  # the close checkpoint, as logged at INFO
    anchor = (last["seq"], last["hash"])
    assert verify(s, anchors=[anchor]).ok
    # Cut the last records off, checkpoints included: the chain alone still holds.
    write_lines(s.path, lines[:-3])
    assert verify(s).ok
    res = verify(s, anchors=[anchor])
    assert not res.ok
    assert res.bad_file == s.path and res.bad_line == len(lines) - 2
    assert "cut off" in (res.error or "")


def test_anchor_mismatch_names_the_record(tmp_path: Path) -> None:
    s, files = build_trail(tmp_path)
    rec = load(read_lines(files[1])[0])
    res = verify(s, anchors=[(rec["seq"], "0" * 64)])
    assert (res.ok, res.bad_file, res.bad_line) == (False, files[1], 1)
    assert "anchor" in (res.error or "")

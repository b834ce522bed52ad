"""Shared helpers for the audit tests (a plain module, not a conftest)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gateway.audit import AuditLog, AuditSettings, canonical, record_hash, trail_files
from gateway.metrics import Metrics

T0 = 1_790_000_000.0  # 2026-09-21, a fixed point so dates are deterministic


class Clock:
    """A settable clock: rotation by day and retention are tested without sleeping."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def settings(tmp_path: Path, **kw: Any) -> AuditSettings:
    base: dict[str, Any] = {
        "path": tmp_path / "audit" / "audit.jsonl",
        "checkpoint_every": 5,
        "rotate_bytes": 4096,
        "rotate_daily": False,
        "fsync": "never",
    }
    base.update(kw)
    return AuditSettings(**base)


def write_messages(log: AuditLog, n: int, clock: Clock | None = None) -> None:
    for i in range(n):
        log.record(
            "accepted",
            queue_id=f"Q{i:05d}",
            sender=f"sender{i}@clinic.example",
            recipients=[f"patient{i}@mail.example", "billing@payer.example"],
            client_ip="192.0.2.7",
            size=1000 + i,
            message_id=f"<{i}.msg@clinic.example>",
        )
        log.record(
            "decision",
            queue_id=f"Q{i:05d}",
            decision="portal" if i % 2 else "require_tls",
            rules=["phi-needs-protection"],
            detectors={"us_ssn": 1, "mrn": i % 3},
            message_class="transactional",
        )
        if clock is not None:
            clock.advance(60)


def build_trail(tmp_path: Path, n: int = 40, **kw: Any) -> tuple[AuditSettings, list[Path]]:
    s = settings(tmp_path, **kw)
    log = AuditLog(s, metrics=Metrics())
    write_messages(log, n)
    log.close()
    files = [p for p, _ in trail_files(s.path)]
    return s, files


def read_lines(path: Path) -> list[bytes]:
    return path.read_bytes().rstrip(b"\n").split(b"\n")


def write_lines(path: Path, lines: list[bytes]) -> None:
    path.write_bytes(b"\n".join(lines) + b"\n")


def load(line: bytes) -> dict[str, Any]:
    rec: dict[str, Any] = json.loads(line)
    return rec


def dump(rec: dict[str, Any]) -> bytes:
    return canonical(rec)


def forge_chain(s: AuditSettings) -> None:
    """What an attacker without the checkpoint key can do after an edit:
    recompute every hash and prev link so the plain chain is consistent again."""
    last: str | None = None
    for path, _ in trail_files(s.path):
        lines = read_lines(path)
        out = []
        for line in lines:
            rec = load(line)
            if last is not None:
                rec["prev"] = last
            rec["hash"] = record_hash(rec)
            last = rec["hash"]
            out.append(dump(rec))
        write_lines(path, out)


def first_line_where(path: Path, pred: Any) -> int:
    for i, line in enumerate(read_lines(path), start=1):
        if pred(load(line)):
            return i
    raise AssertionError("no such line")

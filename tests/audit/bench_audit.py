"""Throughput of the audit writer, verify and search (not a test).

    python -m tests.audit.bench_audit [N]

Prints records/s for each fsync policy (one thread), for fsync=always with
1-16 threads (group commit), and verify/search speed.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import threading
import time
from pathlib import Path

from gateway.audit import AuditLog, AuditSettings, search, verify
from gateway.metrics import Metrics


def _delivered(log: AuditLog, qid: str) -> None:
    log.record(
        "delivered",
        queue_id=qid,
        recipient="patient@example.org",
        next_hop="mx.example.org",
        tls_version="TLSv1.3",
        cipher="TLS_AES_256_GCM_SHA384",
        tls_verified=True,
        tls_source="mta-sts",
        attempt=1,
        result="delivered",
    )


def main(n: int) -> None:
    logging.disable(logging.WARNING)
    for policy in ("never", "batch", "always"):
        count = n if policy != "always" else min(n, 3000)
        with tempfile.TemporaryDirectory() as d:
            s = AuditSettings(path=Path(d) / "audit.jsonl", fsync=policy)
            log = AuditLog(s, metrics=Metrics())
            t = time.perf_counter()
            for i in range(count):
                _delivered(log, f"Q{i}")
            el = time.perf_counter() - t
            log.close()
            size = s.path.stat().st_size
            t = time.perf_counter()
            res = verify(s)
            ve = time.perf_counter() - t
            t = time.perf_counter()
            hits = sum(1 for _ in search(s, address="patient@example.org"))
            se = time.perf_counter() - t
            print(
                f"fsync={policy}: {count / el:.0f} rec/s, {size / count:.0f} B/rec; "
                f"verify {res.records / ve:.0f} rec/s ok={res.ok}; search {hits} hits {se:.2f}s"
            )
    for threads in (1, 4, 8, 16):
        per = 2000 // threads
        with tempfile.TemporaryDirectory() as d:
            s = AuditSettings(path=Path(d) / "audit.jsonl", fsync="always")
            log = AuditLog(s, metrics=Metrics())

            def work(t: int, log: AuditLog = log, per: int = per) -> None:
                for i in range(per):
                    _delivered(log, f"T{t}-{i}")

            pool = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
            t0 = time.perf_counter()
            for th in pool:
                th.start()
            for th in pool:
                th.join()
            el = time.perf_counter() - t0
            log.close()
            print(
                f"fsync=always threads={threads}: {per * threads / el:.0f} rec/s "
                f"verify_ok={verify(s).ok}"
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)

"""Measure consent check costs: ``python tests/consent/bench_consent.py`` (from repo root).

Not collected by pytest (no test_ prefix). Prints microseconds per operation.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # repo root

from gateway.consent import (
    ConsentStore,
    ConsentVerifier,
    strip_consent_headers,
)
from tests.consent.factory import ConsentFactory


def per_op(fn: Callable[[], object], n: int) -> float:
    fn()
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t0) / n * 1e6


def report(label: str, fn: Callable[[], object], n: int) -> None:
    print(f"{label:<32}{per_op(fn, n):10.1f} us")


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        f = ConsentFactory(Path(d))
        s = f.settings()
        rcpts = [f"user{i}@example.org" for i in range(100)]
        with ConsentStore(s.store) as store:
            store.revoke_many(f"r-{i}" for i in range(100_000))
        print("revocation list size: 100000 ids")
        with ConsentVerifier(s) as v:
            ed = f.token(rcpts[0])
            hm = f.token(rcpts[0], org="crm-hmac")
            many = [f.token(r) for r in rcpts]
            one = rcpts[:1]
            report("check 1 rcpt, Ed25519 token", lambda: v.check([ed], one), 2000)
            report("check 1 rcpt, HMAC token", lambda: v.check([hm], one), 2000)
            report("check 100 rcpts, Ed25519", lambda: v.check(many, rcpts), 50)
            report("check, no header", lambda: v.check([], one), 2000)
            n = 0

            def after_revoke() -> object:
                nonlocal n
                n += 1
                with ConsentStore(s.store) as st:
                    st.revoke_many([f"x-{n}"])
                return v.check([ed], one)

            report("revoke (other conn) + check", after_revoke, 200)
        raw = f.message(one, tokens=many[:20]) + b"x" * 100_000
        report("strip 20 headers, 100 KB msg", lambda: strip_consent_headers(raw, s.header), 2000)


if __name__ == "__main__":
    main()

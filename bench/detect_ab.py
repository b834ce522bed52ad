"""One line of detection speed for A/B runs: `scan_text`, `detect()` and a 4 KB `evaluate`
on bench/detect_speed.py's prose, per CPU second of this process.

Run it from the root of each tree being compared (a `git worktree` of the base, then this
one), alternating, several times: this VM's noise is +-15 %, so one pair says little.

    (cd /tmp/base && python /path/to/bench/detect_ab.py); python bench/detect_ab.py
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, os.path.join(os.getcwd(), "bench"))

from detect_speed import message, prose
from faker import Faker

from gateway.model import Envelope
from gateway.policy import PolicyEngine, PolicySettings


def rate(fn: Callable[[str], object], texts: list[str], seconds: float = 4.0) -> float:
    start, n = time.process_time(), 0
    while time.process_time() - start < seconds:
        for t in texts:
            fn(t)
            n += len(t)
    return n / (time.process_time() - start) / 1e6


def main() -> None:
    engine = PolicyEngine.load(PolicySettings(dir=Path("policies")))
    fk = Faker()
    Faker.seed(7)
    texts = [prose(fk, 30_000) for _ in range(4)]
    det = engine.detector
    env = Envelope("care@clinic.example", ("patient@example.net",))
    small = message("Weekly update", prose(fk, 4000))
    start, k = time.process_time(), 0
    while time.process_time() - start < 3:
        engine.evaluate(env, small)
        k += 1
    ev = 1000 * (time.process_time() - start) / k
    print(
        f"{os.getcwd()}: scan_text {rate(det.scan_text, texts):.1f} MB/s, "
        f"detect {rate(lambda t: det.detect([('body', t)]), texts):.1f} MB/s, "
        f"evaluate 4KB {ev:.3f} ms"
    )


if __name__ == "__main__":
    main()

"""Detector speed: MB/s of decoded text per core, and evaluate() latency.

    PYTHONPATH=. python bench/detect_speed.py [--seconds 3]

Reports (single thread = one core):
- scan_text throughput on realistic prose with a few identifiers, Hyperscan and pure-re paths;
- the same on number-dense text (worst case: every line holds identifiers);
- PolicyEngine.evaluate on a 4 KB plain message (mean, p99);
- PolicyEngine.evaluate on a ~50 KB message with a PDF attachment (mean, p99).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "accuracy"))
sys.path.insert(0, str(HERE.parent))

from faker import Faker  # noqa: E402
from formats import message  # noqa: E402

from gateway.detect.engine import DetectorEngine  # noqa: E402
from gateway.model import Envelope  # noqa: E402
from gateway.policy import PolicyEngine, PolicySettings  # noqa: E402


def prose(fk: Faker, size: int) -> str:
    out: list[str] = []
    n = 0
    while n < size:
        para = fk.paragraph(nb_sentences=8)
        if len(out) % 6 == 5:
            para += (
                f" Order {fk.random_number(9, True)} ships {fk.date()}."
                f" Call {fk.numerify('(415) 555-0###')}."
            )
        out.append(para)
        n += len(para) + 2
    return "\n\n".join(out)[:size]


def dense(fk: Faker, size: int) -> str:
    lines: list[str] = []
    n = 0
    while n < size:
        line = (
            f"Patient: {fk.first_name()} {fk.last_name()} DOB {fk.date_of_birth():%m/%d/%Y} "
            f"SSN {fk.ssn()} phone {fk.numerify('(415) 555-0###')} order {fk.random_number(9)} "
            f"dx E11.9, metformin."
        )
        lines.append(line)
        n += len(line) + 1
    return "\n".join(lines)[:size]


def throughput(fn: Callable[[str], object], texts: list[str], seconds: float) -> float:
    total = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for t in texts:
            fn(t)
            total += len(t)
    return total / (time.perf_counter() - start) / 1e6


def latency(fn: Callable[[], object], n: int) -> tuple[float, float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    times.sort()
    return statistics.fmean(times) * 1000, times[int(0.99 * (n - 1))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    fk = Faker("en_US")
    Faker.seed(3)
    engine = PolicyEngine.load(PolicySettings(dir=HERE.parent / "policies"))
    re_engine = DetectorEngine(engine.detector.spec, use_hyperscan=False)
    texts = [prose(fk, 16_000) for _ in range(16)]
    dense_texts = [dense(fk, 16_000) for _ in range(4)]
    print(f"hyperscan in use: {engine.detector.uses_hyperscan}")
    for label, eng in (("hyperscan", engine.detector), ("pure re", re_engine)):
        mbs = throughput(eng.scan_text, texts, args.seconds)
        dmbs = throughput(eng.scan_text, dense_texts, args.seconds)
        print(f"scan_text {label:9s}: prose {mbs:6.1f} MB/s, number-dense {dmbs:5.1f} MB/s")

    env = Envelope("care@clinic.example", ("patient@example.net",))
    small = message("Weekly update", prose(fk, 4000))
    mean, p99 = latency(lambda: engine.evaluate(env, small), 2000)
    print(f"evaluate 4 KB plain message ({len(small)} B): mean {mean:.3f} ms, p99 {p99:.3f} ms")

    body = prose(fk, 3000)
    pdf_text = prose(fk, 30_000) + "\nPatient: Maria Lopez DOB 03/14/1975 diagnosed with asthma."
    big = message("Report", pdf_text, "pdf")
    big = big.replace(b"Please see the attached document.", body.encode(), 1)
    mean, p99 = latency(lambda: engine.evaluate(env, big), 200)
    print(
        f"evaluate {len(big) // 1024} KB message with PDF attachment (standard fonts): "
        f"mean {mean:.2f} ms, p99 {p99:.2f} ms"
    )
    # The same PDF through pypdf's extractor (what embedded/CID-font PDFs always take).
    import gateway.parse as parse_mod

    fast = parse_mod._simple_page_text
    parse_mod._simple_page_text = lambda page: None
    try:
        mean, p99 = latency(lambda: engine.evaluate(env, big), 100)
    finally:
        parse_mod._simple_page_text = fast
    print(
        f"evaluate {len(big) // 1024} KB message with PDF attachment (pypdf path): "
        f"mean {mean:.2f} ms, p99 {p99:.2f} ms"
    )


if __name__ == "__main__":
    main()

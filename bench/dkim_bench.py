"""DKIM signing cost: stock dkimpy vs gateway.dkim_sign (dkimpy + OpenSSL).

    python bench/dkim_bench.py [--n 300] [--size 4096]

Prints CPU and wall milliseconds per signature (median of 5 rounds) for a --size byte message,
2048-bit RSA and Ed25519. The "ours" figures include everything DkimSigner.sign does
per message (parse, canonicalise, hash, sign, fold, prepend), not just the RSA step.
"""

from __future__ import annotations

import argparse
import base64
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import dkim
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gateway.dkim_sign import DkimKeySettings, DkimSettings, DkimSigner


def message(size: int) -> bytes:
    head = (
        b"From: Clinic <reminders@clinic.example>\r\n"
        b"To: pat@patient.example\r\n"
        b"Subject: Your appointment on Tuesday\r\n"
        b"Date: Thu, 01 Jan 2026 00:00:00 +0000\r\n"
        b"Message-ID: <bench@clinic.example>\r\n"
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"\r\n"
    )
    line = b"Please arrive 15 minutes early and bring your insurance card.  \r\n"
    body = (line * (size // len(line) + 1))[: max(0, size - len(head))]
    return head + body


def per_call_ms(fn: Callable[[], object], n: int) -> tuple[float, float]:
    """(CPU ms, wall ms) per call, medians of 5 rounds.

    CPU time (process_time) is the figure to quote: on a shared 2-core machine the
    wall clock also counts time other processes held the CPU.
    """
    fn()  # warm caches
    cpu, wall = [], []
    for _ in range(5):
        c0, w0 = time.process_time(), time.perf_counter()
        for _ in range(n):
            fn()
        cpu.append((time.process_time() - c0) / n * 1000)
        wall.append((time.perf_counter() - w0) / n * 1000)
    return statistics.median(cpu), statistics.median(wall)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300, help="signatures per round")
    ap.add_argument("--size", type=int, default=4096, help="message size in bytes")
    args = ap.parse_args()
    msg = message(args.size)
    tmp = Path(tempfile.mkdtemp())

    rsa_key = rsa.generate_private_key(65537, 2048)
    rsa_pem = rsa_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    ed_key = ed25519.Ed25519PrivateKey.generate()
    raw = serialization.Encoding.Raw, serialization.PrivateFormat.Raw
    ed_seed = base64.b64encode(ed_key.private_bytes(*raw, serialization.NoEncryption()))
    (tmp / "rsa.pem").write_bytes(rsa_pem)
    (tmp / "ed.key").write_bytes(ed_seed)

    headers = [b"from", b"to", b"subject", b"date", b"message-id", b"mime-version"]
    headers += [b"content-type", b"from"]
    relaxed = (b"relaxed", b"relaxed")

    def stock_rsa() -> bytes:
        sig: bytes = dkim.sign(
            msg, b"s", b"clinic.example", rsa_pem, canonicalize=relaxed, include_headers=headers
        )
        return sig

    def stock_ed() -> bytes:
        sig: bytes = dkim.sign(
            msg,
            b"e",
            b"clinic.example",
            ed_seed,
            signature_algorithm=b"ed25519-sha256",
            canonicalize=relaxed,
            include_headers=headers,
        )
        return sig

    def signer(path: Path, algorithm: str) -> DkimSigner:
        ks = DkimKeySettings(
            domain="clinic.example",
            selector="s",
            key_file=path,
            algorithm=algorithm,  # type: ignore[arg-type]
        )
        return DkimSigner(DkimSettings(keys=[ks]))

    ours_rsa = signer(tmp / "rsa.pem", "rsa-sha256")
    ours_ed = signer(tmp / "ed.key", "ed25519-sha256")
    both = DkimSigner(
        DkimSettings(
            keys=[
                DkimKeySettings(domain="clinic.example", selector="r", key_file=tmp / "rsa.pem"),
                DkimKeySettings(
                    domain="clinic.example",
                    selector="e",
                    key_file=tmp / "ed.key",
                    algorithm="ed25519-sha256",
                ),
            ]
        )
    )

    n_slow = max(20, args.n // 10)  # pure-Python RSA is slow; fewer rounds suffice
    rows = [
        ("stock dkimpy, rsa-sha256 2048", per_call_ms(stock_rsa, n_slow)),
        ("ours (OpenSSL), rsa-sha256 2048", per_call_ms(lambda: ours_rsa.sign(msg), args.n)),
    ]
    try:
        import nacl  # noqa: F401

        rows.append(("stock dkimpy (pynacl), ed25519-sha256", per_call_ms(stock_ed, args.n)))
    except ImportError:
        rows.append(("stock dkimpy, ed25519-sha256", (float("nan"), float("nan"))))
    rows.append(("ours (OpenSSL), ed25519-sha256", per_call_ms(lambda: ours_ed.sign(msg), args.n)))
    rows.append(("ours, rsa + ed25519 on one message", per_call_ms(lambda: both.sign(msg), args.n)))

    print(f"message: {len(msg)} bytes; median of 5 rounds; ms per signed message")
    print(f"{'':42s} {'CPU':>8s} {'wall':>8s}")
    for name, (cpu_ms, wall_ms) in rows:
        print(f"{name:42s} {cpu_ms:8.3f} {wall_ms:8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

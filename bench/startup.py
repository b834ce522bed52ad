"""Start-up time of `phi-gateway serve` with several workers: exec to "listening", and to
the first SMTP greeting (a worker has its policy engine and serves).

    python bench/startup.py [--workers 2] [--runs 3]

Runs the gateway from this tree on a loopback port in a temporary directory, with the
shipped policies, delivery to a closed port (nothing is sent) and metrics off.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _config(tmp: Path, workers: int) -> Path:
    cfg = {
        "listen": {"host": "127.0.0.1", "port": 0, "hostname": "gw.test", "workers": workers},
        "spool": {"dir": str(tmp / "spool"), "key_file": str(tmp / "spool.key"), "key_env": None},
        "delivery": {"smarthost": {"host": "127.0.0.1", "port": _closed_port()}, "tls": "none"},
        "metrics": {"enabled": False},
        "policy": {"dir": str(ROOT / "policies")},
        "portal": {"port": 0, "dir": str(tmp / "portal")},
    }
    path = tmp / "gateway.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def one_run(workers: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        t0 = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "gateway", "serve", "--config", str(_config(tmp, workers))],
            cwd=tmp,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert proc.stderr is not None
        try:
            port = 0
            for _ in range(50):  # development-key warnings may come first
                line = proc.stderr.readline().decode()
                m = re.search(r"listening on [\d.]+:(\d+)", line)
                if m or not line:
                    break
            if not m:
                raise SystemExit("the gateway did not say where it listens")
            port = int(m.group(1))
            listening = time.monotonic() - t0
            while time.monotonic() - t0 < 120:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=60) as c:
                        if c.recv(4).startswith(b"220"):
                            c.sendall(b"QUIT\r\n")
                            return listening, time.monotonic() - t0
                except OSError:
                    time.sleep(0.05)
            raise SystemExit("no greeting within 120 s")
        finally:
            proc.terminate()
            proc.wait(30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    runs = [one_run(args.workers) for _ in range(args.runs)]
    for i, (listening, greeted) in enumerate(runs, 1):
        print(f"run {i}: listening after {listening:.2f} s, first greeting after {greeted:.2f} s")
    print(f"median first greeting: {statistics.median(g for _, g in runs):.2f} s")


if __name__ == "__main__":
    main()

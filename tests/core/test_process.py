"""The gateway as an operator runs it: a separate process, signals, kill -9."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import Sink
from tests.smtpraw import msg, send_message

ROOT = Path(__file__).resolve().parents[2]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(path: Path, tmp: Path, smarthost_port: int, **extra: Any) -> Path:
    cfg: dict[str, Any] = {
        "listen": {"host": "127.0.0.1", "port": 0, "hostname": "gw.test"},
        "spool": {
            "dir": str(tmp / "spool"),
            "key_file": str(tmp / "spool.key"),
            "key_env": None,
            "scan_interval_seconds": 0.5,
            "min_free_bytes": 0,
        },
        "delivery": {
            "smarthost": {"host": "127.0.0.1", "port": smarthost_port},
            "tls": "none",
            "connect_timeout": 2,
            "retry": {"first_retry_seconds": 0.5, "max_interval_seconds": 1},
        },
        "metrics": {"enabled": False},
        "logging": {"format": "json"},
        "policy": {"dir": str(ROOT / "policies")},
        "portal": {"port": 0, "dir": str(tmp / "portal")},
    }
    for k, v in extra.items():
        cfg[k] = {**cfg.get(k, {}), **v}
    path.write_text(yaml.safe_dump(cfg))
    return path


class GatewayProcess:
    def __init__(self, config: Path, cwd: Path, argv: list[str] | None = None) -> None:
        self.proc = subprocess.Popen(
            argv or [sys.executable, "-m", "gateway", "serve", "--config", str(config)],
            cwd=cwd,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert self.proc.stderr is not None
        seen = []
        for _ in range(50):  # development-key warnings may come first
            line = self.proc.stderr.readline().decode()
            seen.append(line)
            m = re.search(r"listening on [\d.]+:(\d+)", line)
            if m or not line:
                break
        assert m, seen
        self.port = int(m.group(1))
        self._wait_greeting()

    def _wait_greeting(self, seconds: float = 120) -> None:
        """Until a worker answers. With ``listen.workers`` > 1 the parent binds and says
        "listening" before its workers have loaded the policy (seconds each, more on a busy
        machine): connections wait in the backlog meanwhile. The tests time their SMTP
        replies in seconds, so they start once a worker is serving."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=5) as c:
                    c.settimeout(max(1.0, deadline - time.monotonic()))
                    if c.recv(4).startswith(b"220"):
                        c.sendall(b"QUIT\r\n")
                        return
            except OSError:
                pass
            assert self.proc.poll() is None, self.stderr()
            assert time.monotonic() < deadline, "no SMTP greeting"
            time.sleep(0.1)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        self.proc.send_signal(sig)
        return self.proc.wait(timeout)

    def stderr(self) -> str:
        assert self.proc.stderr is not None
        return self.proc.stderr.read().decode()


async def _burst(port: int, n: int, accepted: list[str]) -> None:
    async def one(i: int) -> None:
        try:
            replies = await send_message(
                port,
                "a@org.test",
                [f"r{i}@dest.test"],
                msg(subject=f"burst {i}", body=f"n={i}\r\n"),
            )
        except (TimeoutError, OSError, asyncio.IncompleteReadError):
            return
        if replies and replies[-1][0] == 250:
            accepted.append(replies[-1][1].split()[-1])

    await asyncio.gather(*(one(i) for i in range(n)))


@pytest.mark.slow
async def test_kill9_during_burst_then_restart_delivers_every_accepted(tmp_path: Path) -> None:
    cfg = write_config(tmp_path / "gw.yaml", tmp_path, closed_port())
    gw = GatewayProcess(cfg, tmp_path)
    accepted: list[str] = []
    burst = asyncio.create_task(_burst(gw.port, 60, accepted))
    # Kill at an arbitrary moment in the middle of the burst.
    deadline = time.monotonic() + 20
    while len(accepted) < 15 and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    gw.proc.kill()
    gw.proc.wait(10)
    await burst
    assert len(accepted) >= 15
    with Sink() as sink:
        write_config(cfg, tmp_path, sink.port)
        gw2 = GatewayProcess(cfg, tmp_path)

        def delivered() -> set[str]:
            return {
                m.group(1).decode()
                for r in sink.messages
                if (m := re.search(rb" id ([0-9A-F]+);", r.data))
            }

        try:
            # Messages spooled but killed before their 250 are delivered too (at
            # least once), so wait for the accepted set, not for a count.
            deadline = time.monotonic() + 30
            while not set(accepted) <= delivered() and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            assert set(accepted) <= delivered(), set(accepted) - delivered()
        finally:
            assert gw2.stop() == 0


@pytest.mark.slow
async def test_sigterm_drains_and_exits_zero(tmp_path: Path) -> None:
    with Sink() as sink:
        cfg = write_config(tmp_path / "gw.yaml", tmp_path, sink.port)
        gw = GatewayProcess(cfg, tmp_path)
        replies = await send_message(gw.port, "a@org.test", ["b@dest.test"], msg())
        assert replies[-1][0] == 250
        await sink.handler.wait_for(1)
        t0 = time.monotonic()
        assert gw.stop(signal.SIGTERM) == 0
        assert time.monotonic() - t0 < 25
        err = gw.stderr()
        for line in err.splitlines():
            json.loads(line)  # logging.format: json gives one object per line
        assert "b@dest.test" not in err  # no envelope addresses in logs


def test_config_errors_name_file_line_col(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "listen:\n"
        "  host: 127.0.0.1\n"
        "  prot: 25\n"  # typo
        "limits:\n"
        "  max_recipients: lots\n"  # wrong type
        "relay:\n"
        "  allowed_networks: [10.0.0.0/8, not-a-net]\n"
    )
    r = subprocess.run(
        [sys.executable, "-m", "gateway", "config", "--config", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert f"{bad}:3:3: listen.prot: unknown key" in lines
    assert any(ln.startswith(f"{bad}:5:19: limits.max_recipients:") for ln in lines), lines
    assert f"{bad}:7:34: relay.allowed_networks.1: not a CIDR network: 'not-a-net'" in lines


def test_yaml_syntax_error_located(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("listen:\n  host: [unclosed\n")
    r = subprocess.run(
        [sys.executable, "-m", "gateway", "config", "--config", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert r.returncode == 1 and r.stderr.startswith(f"{bad}:")


def test_example_config_is_the_builtin_default() -> None:
    from gateway.config import default_config, load_config

    example = load_config(ROOT / "config.example.yaml")
    default = default_config()
    assert example.core == default.core
    assert example.sections == default.sections


async def test_queue_cli_list_hold_release_delete(tmp_path: Path) -> None:
    cfg = write_config(tmp_path / "gw.yaml", tmp_path, closed_port())
    gw = GatewayProcess(cfg, tmp_path)
    try:
        replies = await send_message(gw.port, "a@org.test", ["b@dest.test"], msg())
        qid = replies[-1][1].split()[-1]
    finally:
        gw.stop()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "gateway", "queue", *args, "--config", str(cfg)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )

    out = cli("list", "--json")
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == [qid]
    assert rows[0]["domains"] == ["dest.test"] and "b@dest.test" not in out.stdout
    assert cli("hold", qid).returncode == 0
    assert json.loads(cli("list", "--json").stdout)["status"] == "hold"
    assert cli("release", qid).returncode == 0
    assert json.loads(cli("list", "--json").stdout)["status"] == "active"
    assert cli("delete", qid).returncode == 0
    assert cli("list", "--json").stdout == ""
    bad = cli("delete", "NOSUCHID0000")
    assert bad.returncode == 1 and "no such message" in bad.stderr


def test_example_config_is_generated_and_every_key_documented() -> None:
    from pydantic import BaseModel

    from gateway.config import CoreConfig, _section_models
    from gateway.config_doc import _source_comments, render_example

    text = (ROOT / "config.example.yaml").read_text()
    # If this fails: phi-gateway config --example > config.example.yaml
    assert text == render_example()
    undocumented: list[str] = []

    def walk(model: type[BaseModel], prefix: str) -> None:
        comments = _source_comments(model)
        for name, info in model.model_fields.items():
            if not (info.description or comments.get(name)):
                undocumented.append(prefix + name)
            if isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel):
                walk(info.annotation, f"{prefix}{name}.")

    for name, info in CoreConfig.model_fields.items():
        assert isinstance(info.annotation, type)
        walk(info.annotation, f"{name}.")
    for name, model in _section_models().items():
        walk(model, f"{name}.")
    assert undocumented == []


@pytest.mark.slow
async def test_two_workers_metrics_are_summed(tmp_path: Path) -> None:
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        mport = int(s.getsockname()[1])
    with Sink() as sink:
        cfg = write_config(
            tmp_path / "gw.yaml",
            tmp_path,
            sink.port,
            listen={"workers": 2},
            metrics={"enabled": True, "port": mport},
        )
        gw = GatewayProcess(cfg, tmp_path)
        try:
            n = 30
            for i in range(n):
                replies = await send_message(
                    gw.port, "a@org.test", [f"r{i}@dest.test"], msg(subject=f"w{i}")
                )
                assert replies[-1][0] == 250
            await sink.handler.wait_for(n)
            deadline = time.monotonic() + 15
            total = 0.0
            while time.monotonic() < deadline:
                try:
                    text = await asyncio.to_thread(
                        lambda: (
                            urllib.request.urlopen(f"http://127.0.0.1:{mport}/metrics", timeout=5)
                            .read()
                            .decode()
                        )
                    )
                except OSError:
                    await asyncio.sleep(0.2)
                    continue
                total = sum(
                    float(line.rsplit(" ", 1)[1])
                    for line in text.splitlines()
                    if line.startswith("phi_gateway_messages_total{") and 'direction="in"' in line
                )
                if total >= n:
                    break
                await asyncio.sleep(0.2)
            # The export counts every worker's sessions, not only worker 0's.
            assert total == n
            assert len(list((tmp_path / "spool" / "metrics").glob("*.db"))) >= 2
        finally:
            assert gw.stop() == 0

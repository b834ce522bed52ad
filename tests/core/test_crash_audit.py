"""kill -9 between a batch's spool commit and its audit append, then restart.

The child gateway is the real one (``main_serve``) with one change: once the test
arms it, the commit thread SIGKILLs its own process right after the spool commit
and before the audit append. That is exactly the window a crash can hit.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Sink
from tests.core.test_process import ROOT, GatewayProcess, closed_port, write_config
from tests.smtpraw import msg, send_message

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from gateway import pipeline
    from gateway.app import main_serve

    arm = Path(sys.argv[2])
    original = pipeline.CommitBatcher._record

    def _record(self, records):
        if arm.exists():  # the spool files of this batch are committed (fsync'd)
            arm.unlink()  # one death: the restarted worker must live
            os.kill(os.getpid(), signal.SIGKILL)
        return original(self, records)

    pipeline.CommitBatcher._record = _record
    sys.exit(main_serve(sys.argv[1]))
    """
)


class CrashingGateway(GatewayProcess):
    def __init__(self, config: Path, cwd: Path, arm: Path) -> None:
        script = cwd / "crashing_gateway.py"
        script.write_text(CHILD)
        super().__init__(config, cwd, [sys.executable, str(script), str(config), str(arm)])
        # Keep reading: workers log to this pipe, and a full pipe would block them.
        self.log: list[str] = []
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.log.append(line.decode(errors="replace"))


def trail(tmp_path: Path) -> list[dict[str, Any]]:
    path = tmp_path / "var" / "audit" / "audit.jsonl"
    out: list[dict[str, Any]] = []
    for f in sorted(path.parent.glob("audit*.jsonl")):
        out += [json.loads(line) for line in f.read_text().splitlines() if line]
    return sorted(out, key=lambda r: int(r["seq"]))


def spooled(tmp_path: Path) -> set[str]:
    return {p.stem for p in (tmp_path / "spool" / "q").glob("*.msg")}


@pytest.mark.slow
async def test_kill9_after_spool_commit_before_audit_is_recorded_on_restart(
    tmp_path: Path,
) -> None:
    cfg = write_config(tmp_path / "gw.yaml", tmp_path, closed_port())
    arm = tmp_path / "die-after-next-spool-commit"
    gw = CrashingGateway(cfg, tmp_path, arm)
    try:
        first = await send_message(gw.port, "a@org.test", ["r0@dest.test"], msg("before"))
        assert first[-1][0] == 250
        ok_id = first[-1][1].split()[-1]
        arm.touch()
        results = await asyncio.gather(
            *(
                send_message(gw.port, "a@org.test", [f"r{i}@dest.test"], msg(f"crash {i}"))
                for i in range(1, 4)
            ),
            return_exceptions=True,
        )
        assert gw.proc.wait(10) == -signal.SIGKILL
    finally:
        if gw.proc.poll() is None:
            gw.proc.kill()
            gw.proc.wait(10)
    # Nobody got a 250 for the batch the crash caught.
    for r in results:
        assert isinstance(r, BaseException) or r[-1][0] != 250, r
    in_spool = spooled(tmp_path)
    caught = in_spool - {ok_id}
    assert ok_id in in_spool and caught  # at least one committed, unrecorded message
    before = trail(tmp_path)
    assert not {r.get("queue_id") for r in before} & caught  # the gap this test is about

    with Sink() as sink:
        write_config(cfg, tmp_path, sink.port)
        gw2 = GatewayProcess(cfg, tmp_path)
        try:

            def delivered() -> set[str]:
                return delivered_ids(sink)

            deadline = time.monotonic() + 30
            while not in_spool <= delivered() and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            assert in_spool <= delivered(), in_spool - delivered()
        finally:
            assert gw2.stop() == 0

    records = trail(tmp_path)
    for qid in in_spool:
        mine = [r for r in records if r.get("queue_id") == qid]
        accepted = [r for r in mine if r["event"] == "accepted"]
        decisions = [r for r in mine if r["event"] == "decision"]
        assert len(accepted) == 1 and len(decisions) == 1, (qid, mine)
        if qid == ok_id:
            assert "recovered" not in accepted[0] and "recovered" not in decisions[0]
        else:
            assert accepted[0]["recovered"] is True and decisions[0]["recovered"] is True
            assert accepted[0]["recipient_domains"] == ["dest.test"]
            assert accepted[0]["sender_domain"] == "org.test"
            assert decisions[0]["decision"] == "deliver"
        # The accept is on record before the delivery.
        first_delivered = min(r["seq"] for r in mine if r["event"] == "delivered")
        assert accepted[0]["seq"] < first_delivered
    # Metadata only: no address in clear anywhere in the trail.
    audit_dir = tmp_path / "var" / "audit"
    assert all("@" not in f.read_text() for f in audit_dir.glob("*.jsonl"))
    await assert_trail_verifies(cfg, tmp_path)


def delivered_ids(sink: Sink) -> set[str]:
    """Queue ids of what the sink received (from the gateway's Received header)."""
    return {
        m.group(1).decode() for r in sink.messages if (m := re.search(rb" id ([0-9A-F]+);", r.data))
    }


async def assert_trail_verifies(cfg: Path, cwd: Path) -> None:
    check = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "gateway", "audit", "verify", "--config", str(cfg)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert check.returncode == 0, check.stdout + check.stderr


def all_records(tmp_path: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for f in (tmp_path / "var" / "audit").rglob("audit*.jsonl"):
        out += [json.loads(line) for line in f.read_text().splitlines() if line]
    return out


@pytest.mark.slow
async def test_worker_killed_in_window_is_reconciled_before_another_delivers(
    tmp_path: Path,
) -> None:
    """Two workers share the spool and a live next hop. One dies right after a
    spool commit; the other must not deliver (and delete) the caught messages
    before the dead worker's replacement has put them on record."""
    with Sink() as sink:
        cfg = write_config(tmp_path / "gw.yaml", tmp_path, sink.port, listen={"workers": 2})
        arm = tmp_path / "die-after-next-spool-commit"
        gw = CrashingGateway(cfg, tmp_path, arm)
        try:
            arm.touch()
            replies = await asyncio.gather(
                *(
                    send_message(gw.port, "a@org.test", [f"r{i}@dest.test"], msg(f"w {i}"))
                    for i in range(6)
                ),
                return_exceptions=True,
            )
            assert not arm.exists()  # a worker died in the window
            got_250 = {
                r[-1][1].split()[-1]
                for r in replies
                if not isinstance(r, BaseException) and r[-1][0] == 250
            }

            def delivered() -> set[str]:
                return delivered_ids(sink)

            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and (not got_250 <= delivered() or spooled(tmp_path)):
                await asyncio.sleep(0.05)
            assert got_250 <= delivered() and not spooled(tmp_path)
        finally:
            try:
                code = gw.stop()
            except subprocess.TimeoutExpired:
                gw.proc.kill()
                raise AssertionError("".join(gw.log[-20:])) from None
            assert code == 0, "".join(gw.log[-20:])
    caught = delivered() - got_250
    assert caught  # committed, no 250, delivered anyway (at least once)
    records = all_records(tmp_path)
    for qid in delivered():
        accepted = [r for r in records if r.get("queue_id") == qid and r["event"] == "accepted"]
        assert len(accepted) == 1, (qid, qid in caught)
        assert accepted[0].get("recovered", False) is (qid in caught)
    await assert_trail_verifies(cfg, tmp_path)

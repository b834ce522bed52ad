"""SIGHUP reload: what changes live, what is refused, what needs a restart."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import yaml

from gateway.app import Gateway
from tests.conftest import ROOT, Sink
from tests.smtpraw import RawSMTP, msg, send_message


def _config(tmp: Path, sink: Sink, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "listen": {"host": "127.0.0.1", "port": 0, "hostname": "gw.test"},
        "relay": {"allowed_networks": ["127.0.0.0/8"]},
        "limits": {"max_message_bytes": 1_000_000},
        "spool": {
            "dir": str(tmp / "spool"),
            "key_file": str(tmp / "spool.key"),
            "key_env": None,
            "min_free_bytes": 0,
        },
        "delivery": {"smarthost": {"host": "127.0.0.1", "port": sink.port}, "tls": "none"},
        "metrics": {"enabled": False},
        "policy": {"dir": str(ROOT / "policies")},
        "audit": {"path": str(tmp / "audit" / "audit.jsonl")},
        "portal": {"port": 0, "dir": str(tmp / "portal")},
    }
    for section, values in changes.items():
        data[section] = {**data.get(section, {}), **values}
    return data


async def _size_advertised(port: int) -> str:
    c = await RawSMTP.connect(port)
    _, text = await c.cmd("EHLO client.test")
    await c.close()
    return next(line for line in text.splitlines() if line.startswith("SIZE"))


async def test_sighup_applies_relay_networks_and_limits_to_new_sessions(
    in_tmp: Path, sink: Sink, make_config: Any, gateway_factory: Any, caplog: Any
) -> None:
    path = in_tmp / "gw.yaml"
    path.write_text(yaml.safe_dump(_config(in_tmp, sink)))
    from gateway.config import load_config

    gw: Gateway = await gateway_factory(load_config(str(path)))
    gw.config_path = str(path)
    assert await _size_advertised(gw.port) == "SIZE 1000000"
    ok = await send_message(gw.port, "a@org.test", ["b@dest.test"], msg())
    assert ok[-1][0] == 250

    changed = _config(
        in_tmp,
        sink,
        relay={"allowed_networks": ["10.9.0.0/16"]},
        limits={"max_message_bytes": 50_000},
        listen={"port": 2525},  # needs a restart: logged, not applied
    )
    path.write_text(yaml.safe_dump(changed))
    with caplog.at_level(logging.INFO):
        gw.reload()
    assert await _size_advertised(gw.port) == "SIZE 50000"
    refused = await send_message(gw.port, "a@org.test", ["b@dest.test"], msg())
    assert refused[2][0] == 554 and refused[2][1].startswith("5.7.1")
    assert "listen.port changed; restart the gateway to apply it" in caplog.text
    restart = [r.getMessage() for r in caplog.records if "restart the gateway" in r.getMessage()]
    assert len(restart) == 1  # relay and limits applied live, so not listed
    await sink.handler.wait_for(1)
    assert len(sink.messages) == 1  # the message accepted before the reload, only


async def test_sighup_with_unusable_certificate_keeps_the_old_settings(
    in_tmp: Path, sink: Sink, gateway_factory: Any, caplog: Any
) -> None:
    path = in_tmp / "gw.yaml"
    path.write_text(yaml.safe_dump(_config(in_tmp, sink)))
    from gateway.config import load_config

    gw: Gateway = await gateway_factory(load_config(str(path)))
    gw.config_path = str(path)
    (in_tmp / "bad.crt").write_text("not a certificate\n")
    (in_tmp / "bad.key").write_text("not a key\n")
    changed = _config(
        in_tmp,
        sink,
        relay={"allowed_networks": ["10.9.0.0/16"]},
        listen={"tls_cert": str(in_tmp / "bad.crt"), "tls_key": str(in_tmp / "bad.key")},
    )
    path.write_text(yaml.safe_dump(changed))
    gw.reload()
    assert "listener settings not reloaded" in caplog.text
    still = await send_message(gw.port, "a@org.test", ["b@dest.test"], msg())
    assert still[-1][0] == 250  # the old relay networks still apply


def test_a_worker_uses_the_engine_loaded_before_fork_only_while_the_files_match(
    tmp_path: Path, make_config: Any
) -> None:
    """``serve`` loads the policy once before forking and hands it to every worker. A
    worker restarted after the files changed (the parent never reloads) loads them anew."""
    import shutil

    from gateway.integrations import Stages
    from gateway.policy import PolicyEngine

    policies = tmp_path / "policies"
    shutil.copytree(ROOT / "policies", policies)
    cfg = make_config(policy={"dir": str(policies)})
    engine = PolicyEngine.load(cfg.policy)
    stages = Stages.build(cfg, "gw.test", engine=engine)
    try:
        assert stages.policy_holder.engine is engine
    finally:
        stages.close()

    default = policies / "default.yaml"
    default.write_text(default.read_text() + "\n# edited after the parent loaded it\n")
    stages = Stages.build(cfg, "gw.test", engine=engine)
    try:
        fresh = stages.policy_holder.engine
        assert fresh is not engine
        assert fresh.signature != engine.signature
    finally:
        stages.close()

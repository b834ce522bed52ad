"""``phi-gateway audit verify|search`` through argparse, as the lead wires it."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from gateway.cli_audit import register
from tests.audit.audit_support import build_trail, dump, load, read_lines, write_lines


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="phi-gateway")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    rc: int = args.func(args)
    return rc


def _config(tmp_path: Path, audit_path: Path) -> Path:
    cfg = tmp_path / "gateway.yaml"
    cfg.write_text(f"audit:\n  path: {audit_path}\n")
    return cfg


def test_verify_ok_and_tampered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s, files = build_trail(tmp_path)
    cfg = _config(tmp_path, s.path)
    assert _run(["audit", "verify", "--config", str(cfg)]) == 0
    assert capsys.readouterr().out.startswith("OK:")

    lines = read_lines(files[1])
    rec = load(lines[3])
    rec["queue_id"] = "FORGED"
    lines[3] = dump(rec)
    write_lines(files[1], lines)
    assert _run(["audit", "verify", "--config", str(cfg)]) == 1
    err = capsys.readouterr().err
    assert f"{files[1]}:4:" in err
    assert "edited" in err


def test_search_by_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    s, _ = build_trail(tmp_path)
    cfg = _config(tmp_path, s.path)
    assert (
        _run(["audit", "search", "--config", str(cfg), "--address", "Patient3@Mail.example"]) == 0
    )
    out = capsys.readouterr().out
    recs = [json.loads(x) for x in out.splitlines()]
    assert [r["queue_id"] for r in recs] == ["Q00003"]
    assert "patient3" not in out.lower()  # the address is never printed

    monkeypatch.setattr("sys.stdin", io.StringIO("patient5@mail.example\n"))
    assert _run(["audit", "search", "--config", str(cfg), "--address", "-"]) == 0
    recs = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["queue_id"] for r in recs] == ["Q00005"]


def test_search_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s, _ = build_trail(tmp_path, n=6)
    cfg = str(_config(tmp_path, s.path))
    assert _run(["audit", "search", "--config", cfg, "--decision", "portal"]) == 0
    recs = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["queue_id"] for r in recs] == ["Q00001", "Q00003", "Q00005"]
    assert _run(["audit", "search", "--config", cfg, "--domain", "payer.example"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 6
    assert _run(["audit", "search", "--config", cfg, "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out == ""
    assert _run(["audit", "search", "--config", cfg, "--until", "yesterday"]) == 2
    assert "isoformat" in capsys.readouterr().err.lower()


def test_bad_config_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text("audit:\n  pth: x\n")
    assert _run(["audit", "verify", "--config", str(cfg)]) == 2
    assert "pth" in capsys.readouterr().err


def test_verify_without_trail_or_key_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(tmp_path, tmp_path / "nowhere" / "audit.jsonl")
    assert _run(["audit", "verify", "--config", str(cfg)]) == 2
    assert "no audit trail" in capsys.readouterr().err
    s, _ = build_trail(tmp_path)
    s.checkpoint_key_path.unlink()
    s.checkpoint_public_key_path.unlink()
    assert _run(["audit", "verify", "--config", str(_config(tmp_path, s.path))]) == 2
    assert "checkpoint key" in capsys.readouterr().err


def test_verify_with_anchor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s, _ = build_trail(tmp_path)
    cfg = str(_config(tmp_path, s.path))
    lines = read_lines(s.path)
    last = load(lines[-1])
    anchor = f"{last['seq']}:{last['hash']}"
    assert _run(["audit", "verify", "--config", cfg, "--anchor", anchor]) == 0
    write_lines(s.path, lines[:-1])
    capsys.readouterr()
    assert _run(["audit", "verify", "--config", cfg, "--anchor", anchor]) == 1
    assert "cut off" in capsys.readouterr().err
    assert _run(["audit", "verify", "--config", cfg, "--anchor", "nonsense"]) == 2

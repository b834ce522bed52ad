"""`phi-gateway portal list|revoke|expire|unlock`: metadata-only output, exit codes."""

from __future__ import annotations

import argparse
import json
import logging

import pytest

from gateway import cli_portal
from gateway.portal.crypto import load_master_key
from gateway.portal.settings import PortalSettings
from gateway.portal.store import SqlitePortalStore, TicketStatus

from .test_store import CANARY, RCPT, SENDER, canary_message


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="phi-gateway")
    sub = parser.add_subparsers(dest="command", required=True)
    cli_portal.register(sub)
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


@pytest.fixture
def cli_store(settings: PortalSettings, monkeypatch: pytest.MonkeyPatch) -> SqlitePortalStore:
    monkeypatch.setattr(cli_portal, "_settings", lambda args: settings)
    return SqlitePortalStore(settings, load_master_key(settings))


def test_list_revoke_expire_unlock(
    cli_store: SqlitePortalStore,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    ticket = cli_store.put(canary_message(), SENDER, RCPT, "Q-cli")[0]
    other = cli_store.put(canary_message(), SENDER, RCPT[:1], "Q-cli2")[0]

    assert run(["portal", "list"]) == 0
    out = capsys.readouterr().out
    assert ticket.message_id in out and "active" in out
    assert "@" not in out and CANARY not in out

    assert run(["portal", "list", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["id"] for r in rows} == {ticket.message_id, other.message_id}
    assert rows[0]["recipients"] == 2

    with caplog.at_level(logging.INFO, logger="gateway.portal.audit"):
        assert run(["portal", "revoke", ticket.message_id]) == 0
    assert f"revoked {ticket.message_id}" in capsys.readouterr().out
    assert "revoked" in caplog.text and "@" not in caplog.text
    assert cli_store.lookup(ticket.token).status is TicketStatus.REVOKED
    assert run(["portal", "revoke", ticket.message_id]) == 1
    assert run(["portal", "revoke", "nonexistent"]) == 1

    assert run(["portal", "expire"]) == 0
    assert "0 message(s) expired" in capsys.readouterr().out

    assert run(["portal", "unlock", other.message_id]) == 1  # nothing locked
    capsys.readouterr()
    assert run(["portal", "list", "--state", "revoked"]) == 0
    out = capsys.readouterr().out
    assert ticket.message_id in out and other.message_id not in out
    cli_store.close()


def test_every_subcommand_takes_config() -> None:
    parser = argparse.ArgumentParser()
    cli_portal.register(parser.add_subparsers(dest="command"))
    for argv in (["list"], ["revoke", "X"], ["expire"], ["unlock", "X"]):
        args = parser.parse_args(["portal", *argv, "--config", "f.yaml"])
        assert args.config == "f.yaml" and callable(args.func)

"""The consent CLI: one full cycle as a separate process, the rest through main()."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from gateway.cli_consent import main
from gateway.consent import ConsentStatus, ConsentVerifier, hash_consent_id, recipient_hash

from .conftest import Clock
from .factory import ConsentFactory

A = "alice@example.org"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(
    factory: ConsentFactory, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Run]:
    """In-process ``main()``: same code path as the subprocess, ~0.7 s cheaper per call."""
    config = factory.write_config()

    def run(*args: str, stdin: str | None = None) -> Run:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        rc = main(["consent", *args, "--config", str(config)])
        out = capsys.readouterr()
        return Run(rc, out.out, out.err)

    return run


def _issue(factory: ConsentFactory, *args: str) -> dict[str, str]:
    r = factory.cli("issue", *args, "--json")
    assert r.returncode == 0, r.stderr
    out: dict[str, str] = json.loads(r.stdout)
    return out


def test_issue_list_revoke_cycle(factory: ConsentFactory, clock: Clock) -> None:
    issued = _issue(factory, "--recipient", A, "--purpose", "marketing", "--days", "30")
    assert issued["id_hash"] == hash_consent_id(issued["consent_id"])
    with ConsentVerifier(factory.settings(), clock=clock) as v:
        assert v.check([issued["token"]], [A]).status is ConsentStatus.OK

        r = factory.cli("list", "--json")
        assert r.returncode == 0, r.stderr
        assert A not in r.stdout and "alice" not in r.stdout
        (row,) = json.loads(r.stdout)
        assert row["consent_id"] == issued["consent_id"]
        assert row["recipient_hash"] == recipient_hash(A)
        assert row["revoked"] is False and row["org"] == "local"
        assert row["expires_at"] - row["issued_at"] == 30 * 86400

        r = factory.cli("revoke", issued["consent_id"])
        assert r.returncode == 0 and "revoked 1 new" in r.stdout
        assert v.check([issued["token"]], [A]).status is ConsentStatus.REVOKED

    r = factory.cli("list")
    assert r.returncode == 0
    header, row_text = r.stdout.splitlines()
    cols = dict(zip(header.split("\t"), row_text.split("\t"), strict=True))
    assert cols["consent_id"] == issued["consent_id"]
    assert cols["revoked"].endswith("Z") and cols["recipient_sha256"] == recipient_hash(A)
    assert "alice" not in r.stdout


def test_issue_text_output_and_stdin_recipient(
    factory: ConsentFactory, cli: Callable[..., Run]
) -> None:
    r = cli("issue", "--recipient", "-", "--org", "crm-hmac", "--id", "crm-77", stdin=A + "\n")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "consent-id: crm-77"
    assert lines[1].startswith("token: v1.")
    assert "alice" not in r.stdout


def test_issue_errors(factory: ConsentFactory, cli: Callable[..., Run]) -> None:
    r = cli("issue", "--recipient", A, "--org", "crm-ed")  # public key only
    assert r.returncode == 1 and "no signing key" in r.stderr
    r = cli("issue")
    assert r.returncode == 1
    r = cli("issue", "--recipient", A, "--id", "has space")
    assert r.returncode == 1 and "has space" not in r.stderr


def test_import_lines_and_csv(
    factory: ConsentFactory, cli: Callable[..., Run], clock: Clock
) -> None:
    toks = {cid: factory.token(A, cid=cid) for cid in ("c-1", "c-2", "c-3", "c-4")}
    lines = factory.root / "revoked.txt"
    lines.write_text("# exported 2026-01-01\nc-1\n\nc-2\n", encoding="utf-8")
    csvf = factory.root / "revoked.csv"
    csvf.write_text("revoked_at,consent_id\n2026-01-01,c-3\n2026-01-02,c-1\n", encoding="utf-8")
    with ConsentVerifier(factory.settings(), clock=clock) as v:
        for t in toks.values():
            assert v.check([t], [A]).ok
        r = cli("import", str(lines))
        assert r.returncode == 0, r.stderr
        assert "2 newly revoked" in r.stdout
        r = cli("import", str(csvf))
        assert r.returncode == 0, r.stderr
        assert "1 newly revoked" in r.stdout
        status = {cid: v.check([t], [A]).status for cid, t in toks.items()}
    assert status == {
        "c-1": ConsentStatus.REVOKED,
        "c-2": ConsentStatus.REVOKED,
        "c-3": ConsentStatus.REVOKED,
        "c-4": ConsentStatus.OK,
    }


def test_import_invalid_lines_is_atomic(factory: ConsentFactory, cli: Callable[..., Run]) -> None:
    f = factory.root / "bad.txt"
    f.write_text("c-9\nJohn Smith DOB 1970-01-01\nc-10\n", encoding="utf-8")
    r = cli("import", str(f))
    assert r.returncode == 1
    assert "line(s) (2)" in r.stderr and "John" not in r.stderr
    listed = cli("list", "--json")
    assert json.loads(listed.stdout) == []
    r = cli("import", str(f), "--skip-invalid")
    assert r.returncode == 0 and "2 newly revoked" in r.stdout


def test_import_stdin(factory: ConsentFactory, cli: Callable[..., Run]) -> None:
    r = cli("import", "-", stdin="c-a\nc-b\n")
    assert r.returncode == 0 and "2 newly revoked" in r.stdout


def test_pubkey_matches_issuing_key(factory: ConsentFactory, cli: Callable[..., Run]) -> None:
    r = cli("pubkey")
    assert r.returncode == 0 and r.stdout.startswith("-----BEGIN PUBLIC KEY-----")


def test_factory_sections_load_in_full_config(factory: ConsentFactory, make_config: Any) -> None:
    from gateway.consent import ConsentSettings
    from gateway.unsubscribe import UnsubscribeSettings

    cfg = make_config(**factory.config_sections())
    assert isinstance(cfg.consent, ConsentSettings) and cfg.consent.store == factory.store
    assert isinstance(cfg.unsubscribe, UnsubscribeSettings) and cfg.unsubscribe.mode == "inject"

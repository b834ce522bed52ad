"""Helpers shared by the DKIM tests: key files, DNS publication, the Perl verifier."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from gateway.cli_dkim import txt_strings
from gateway.dkim_sign import PrivateKey, public_txt

from .dns_responder import DnsResponder

HERE = Path(__file__).parent
VERIFY_PL = HERE / "verify_dkim.pl"


@dataclass
class KeyPair:
    key: PrivateKey
    path: Path

    @property
    def txt(self) -> str:
        return public_txt(self.key)


def write_key(key: PrivateKey, path: Path) -> Path:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    path.chmod(0o600)
    return path


def publish(server: DnsResponder, domain: str, selector: str, key: PrivateKey) -> None:
    server.records[f"{selector}._domainkey.{domain}"] = txt_strings(public_txt(key))


@dataclass
class PerlResult:
    returncode: int
    lines: list[str]

    @property
    def passed(self) -> bool:
        return self.returncode == 0


def mail_dkim_verify(message: bytes, port: int) -> PerlResult:
    if shutil.which("perl") is None:
        pytest.skip("perl is not installed")
    probe = subprocess.run(
        ["perl", "-MMail::DKIM::Verifier", "-e", "1"], check=False, capture_output=True
    )
    if probe.returncode != 0:
        pytest.skip("Mail::DKIM is not installed (Debian libmail-dkim-perl)")
    proc = subprocess.run(
        ["perl", str(VERIFY_PL), str(port)],
        input=message,
        check=False,
        capture_output=True,
        timeout=30,
    )
    assert proc.stderr == b"", proc.stderr.decode(errors="replace")
    return PerlResult(proc.returncode, proc.stdout.decode().splitlines())

"""Fixture factory for consent tests (also for the lead's through-SMTP tests).

Usage::

    from tests.consent.factory import ConsentFactory   # or: from .factory import ...
    f = ConsentFactory(tmp_path)
    settings = f.settings()                      # ConsentSettings with three orgs
    tok = f.token("alice@example.org")           # valid, org "crm-ed" (Ed25519)
    tok = f.token("bob@example.org", org="crm-hmac", purpose="research")
    bad = f.forged_token("alice@example.org")    # signed with an untrusted key
    raw = f.message(["alice@example.org"], tokens=[tok])
    f.revoke_via_cli("c-123")                    # separate process, like an operator
    cfg = f.write_config()                       # YAML with consent + unsubscribe sections
    make_config(**f.config_sections())           # with the shared conftest's make_config

Organisations configured:
  * ``local``    - the gateway's own key_file (Ed25519; `consent issue` signs with it)
  * ``crm-ed``   - an external CRM with an Ed25519 key pair (public key trusted)
  * ``crm-hmac`` - an external CRM sharing an HMAC-SHA256 secret
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from gateway.consent import (
    ConsentSettings,
    TokenClaims,
    TrustedKey,
    encode_token,
    new_consent_id,
    recipient_hash,
)
from gateway.unsubscribe import UnsubscribeSettings

REPO_ROOT = Path(__file__).resolve().parents[2]
HMAC_SECRET = b"0123456789abcdef0123456789abcdef-test-secret"


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class ConsentFactory:
    """Keys, settings, tokens and messages rooted in one temporary directory."""

    def __init__(self, root: Path, *, now: float | None = None) -> None:
        self.root = root
        self.now = time.time() if now is None else now
        keys = root / "keys"
        keys.mkdir(parents=True, exist_ok=True)
        self.crm_ed_key = Ed25519PrivateKey.generate()
        self.crm_ed_pub = keys / "crm-ed.pub.pem"
        self.crm_ed_pub.write_bytes(
            self.crm_ed_key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        self.hmac_file = keys / "crm-hmac.secret"
        self.hmac_file.write_bytes(HMAC_SECRET + b"\n")
        self.rogue_key = Ed25519PrivateKey.generate()  # trusted by nobody
        self.key_file = keys / "own.pem"
        self.store = root / "consent.sqlite3"

    # ------------------------------------------------------------------ settings

    def settings(self, **overrides: Any) -> ConsentSettings:
        base: dict[str, Any] = {
            "store": self.store,
            "key_file": self.key_file,
            "org": "local",
            "trusted_keys": (
                TrustedKey(org="crm-ed", alg="ed25519", path=self.crm_ed_pub),
                TrustedKey(org="crm-hmac", alg="hmac-sha256", path=self.hmac_file),
            ),
        }
        base.update(overrides)
        return ConsentSettings(**base)

    def unsubscribe_settings(self, **overrides: Any) -> UnsubscribeSettings:
        base: dict[str, Any] = {
            "mode": "inject",
            "url_template": "https://unsub.example.org/u?r={recipient_token}",
            "token_key_file": self.root / "keys" / "unsub.key",
        }
        base.update(overrides)
        return UnsubscribeSettings(**base)

    def config_sections(self, *, unsubscribe_mode: str = "inject") -> dict[str, Any]:
        """``consent`` and ``unsubscribe`` config sections as plain data.

        For the shared conftest: ``make_config(**factory.config_sections())``.
        """
        return {
            "consent": {
                "store": str(self.store),
                "key_file": str(self.key_file),
                "org": "local",
                "trusted_keys": [
                    {"org": "crm-ed", "alg": "ed25519", "path": str(self.crm_ed_pub)},
                    {"org": "crm-hmac", "alg": "hmac-sha256", "path": str(self.hmac_file)},
                ],
            },
            "unsubscribe": {
                "mode": unsubscribe_mode,
                "url_template": "https://unsub.example.org/u?r={recipient_token}",
                "token_key_file": str(self.root / "keys" / "unsub.key"),
            },
        }

    def write_config(self, path: Path | None = None, *, unsubscribe_mode: str = "inject") -> Path:
        """A YAML config file holding just the consent and unsubscribe sections."""
        path = path or self.root / "gateway.yaml"
        data = self.config_sections(unsubscribe_mode=unsubscribe_mode)
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        return path

    # ------------------------------------------------------------------ tokens

    def claims(
        self,
        recipient: str,
        *,
        org: str = "crm-ed",
        purpose: str = "marketing",
        cid: str | None = None,
        iat: float | None = None,
        exp: float | None = None,
    ) -> TokenClaims:
        iat_i = int(self.now - 60 if iat is None else iat)
        exp_i = int(self.now + 86400 if exp is None else exp)
        return TokenClaims(
            cid or new_consent_id(), recipient_hash(recipient), purpose, org, iat_i, exp_i
        )

    def sign(self, org: str, signing_input: bytes) -> bytes:
        if org == "crm-hmac":
            return hmac.new(HMAC_SECRET, signing_input, hashlib.sha256).digest()
        if org == "crm-ed":
            return self.crm_ed_key.sign(signing_input)
        if org == "local":
            from gateway.consent import load_or_create_private_key

            return load_or_create_private_key(self.key_file).sign(signing_input)
        return self.rogue_key.sign(signing_input)

    def token(self, recipient: str, **kw: Any) -> str:
        """A valid token (unless the claims you pass make it otherwise)."""
        c = self.claims(recipient, **kw)
        return encode_token(c, lambda data: self.sign(c.org, data))

    def forged_token(self, recipient: str, **kw: Any) -> str:
        """Claims an org we trust, signed with a key nobody trusts."""
        c = self.claims(recipient, **kw)
        return encode_token(c, self.rogue_key.sign)

    def raw_token(self, payload: bytes, org: str = "crm-ed") -> str:
        """Sign arbitrary payload bytes (for malformed-JSON tests: they must fail parse)."""
        head = f"v1.{b64u(payload)}"
        return f"{head}.{b64u(self.sign(org, head.encode('ascii')))}"

    # ------------------------------------------------------------------ messages

    def message(
        self,
        recipients: Sequence[str],
        *,
        tokens: Sequence[str] = (),
        header: str = "X-PHI-Consent",
        one_header: bool = False,
        unsubscribe: bool = False,
        subject: str = "Spring wellness offers",
        body: str = "Hello,\r\nour new programme starts soon.\r\n",
    ) -> bytes:
        """A CRLF marketing message; one consent header per token (or one for all)."""
        lines = [
            "From: Clinic News <news@clinic.example>",
            "To: " + ", ".join(recipients),
            f"Subject: {subject}",
            "Message-ID: <test-1@clinic.example>",
            "X-Message-Class: marketing",
        ]
        if tokens:
            if one_header:
                # Folded: one token per continuation line.
                lines.append(f"{header}: " + ",\r\n ".join(tokens))
            else:
                lines.extend(f"{header}: {t}" for t in tokens)
        if unsubscribe:
            lines.append("List-Unsubscribe: <https://clinic.example/unsub?u=abc>")
            lines.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        return ("\r\n".join(lines) + "\r\n\r\n" + body).encode("utf-8")

    # ------------------------------------------------------------------ CLI

    def cli(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        """Run ``python -m gateway.cli_consent consent ...`` in a separate process."""
        config = self.root / "gateway.yaml"
        if not config.exists():
            self.write_config(config)
        env = dict(os.environ)
        env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "gateway.cli_consent",
                "consent",
                *args,
                "--config",
                str(config),
            ],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=self.root,
            timeout=60,
            check=False,
        )

    def revoke_via_cli(self, *consent_ids: str) -> None:
        r = self.cli("revoke", *consent_ids)
        if r.returncode != 0:
            raise AssertionError(f"consent revoke failed: {r.stderr}")

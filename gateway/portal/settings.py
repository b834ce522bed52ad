"""Configuration for the encrypted pickup portal (config section ``portal``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class PortalSettings(BaseModel):
    """Settings for the portal store, its notifications and its HTTPS pickup site.

    Every default works on a fresh machine: the master key and a development TLS
    certificate are generated on first use (with a warning) when absent.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Address the pickup site listens on. Loopback by default: expose it through a
    # reverse proxy or set 0.0.0.0 deliberately.
    host: str = "127.0.0.1"
    # TCP port of the HTTPS pickup site.
    port: int = Field(default=8443, ge=0, le=65535)
    # Public origin recipients see in notification links (scheme://host[:port], no path).
    base_url: str = "https://localhost:8443"
    # Directory for the SQLite metadata database and the encrypted message files.
    dir: Path = Path("var/portal")
    # File holding the 32-byte master key (hex). Generated with mode 0600 if absent.
    master_key_file: Path = Path("certs/portal-master.key")
    # If set, the name of an environment variable holding the master key (64 hex chars);
    # it takes precedence over master_key_file and nothing is written to disk.
    master_key_env: str | None = None
    # PEM certificate chain and key for HTTPS. When both are unset a self-signed
    # development certificate is generated under dev_cert_dir (not for production).
    tls_cert: Path | None = None
    tls_key: Path | None = None
    # Where the development certificate is generated when tls_cert/tls_key are unset.
    dev_cert_dir: Path = Path("certs")
    # Days a message stays retrievable before it is expired and its ciphertext deleted.
    expiry_days: int = Field(default=30, ge=1, le=3650)
    # Lifetime of a one-time code sent by email.
    code_ttl_seconds: int = Field(default=600, ge=60, le=86400)
    # Failed code entries allowed per pickup link before it locks (an admin can unlock).
    max_code_attempts: int = Field(default=5, ge=1, le=100)
    # Codes that may be emailed per pickup link; stops the portal being used to mail-bomb.
    max_code_sends: int = Field(default=10, ge=1, le=1000)
    # Minimum seconds between two code emails for one link.
    code_resend_seconds: int = Field(default=30, ge=0, le=3600)
    # Lifetime of a browser session after a correct code.
    session_ttl_seconds: int = Field(default=1800, ge=60, le=86400)
    # Envelope and header sender of notifications, code emails and secure replies.
    notify_from: str = "secure-mail@localhost"
    # Organisation name shown on pages and in notifications.
    org_name: str = "Secure Mail"
    # Admin-editable templates ("Subject: ..." line, blank line, body; $placeholders).
    # None means the shipped defaults in gateway/portal/templates/.
    notification_template: Path | None = None
    code_template: Path | None = None
    # How often the running portal sweeps for expired messages (0 = never; use `portal expire`).
    expire_interval_seconds: int = Field(default=3600, ge=0, le=86400)
    # Largest secure reply accepted from the pickup page, in bytes of text.
    max_reply_bytes: int = Field(default=256 * 1024, ge=1024, le=10 * 1024 * 1024)

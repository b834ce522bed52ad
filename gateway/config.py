"""Typed configuration.

Every section is a pydantic v2 model with ``extra="forbid"`` so that a typo is an
error, never a silently ignored key. YAML is loaded with marks (gateway.yamlmarks),
so each error names ``file:line:col`` and the key path.

Without ``--config`` the gateway runs on the built-in defaults, which are exactly
what config.example.yaml documents: local spool, self-signed development TLS,
relay for loopback only, delivery to a smarthost on localhost:2525.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from gateway.yamlmarks import MarkedDocument, YamlSyntaxError, load_marked_file


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ListenSettings(Section):
    """Inbound SMTP listener."""

    # Address the SMTP listener binds (0.0.0.0 or :: for all interfaces).
    host: str = "127.0.0.1"
    # SMTP port (25 or 587 in production; 0 picks any free port).
    port: Annotated[int, Field(ge=0, le=65535)] = 2525
    # PEM certificate chain and private key for STARTTLS. When either is unset a
    # self-signed development certificate is generated into certs/, with a warning.
    tls_cert: Path | None = None
    tls_key: Path | None = None
    # true: only EHLO, STARTTLS, NOOP and QUIT are accepted before STARTTLS.
    require_tls: bool = False
    # Name in the greeting, EHLO reply and Received field; null = this host's FQDN.
    hostname: str | None = None
    # Processes sharing the listening socket, each with its own delivery workers
    # (the spool is shared; claims are file locks). 2 on a 2-core machine.
    workers: Annotated[int, Field(ge=1, le=64)] = 1
    # Concurrent sessions per client address; beyond it: 421 4.7.0.
    max_connections_per_ip: Annotated[int, Field(ge=1)] = 50
    # Seconds to wait for the next command (RFC 5321 4.5.3.2 suggests 5 minutes).
    command_timeout: Annotated[float, Field(gt=0)] = 300.0
    # Seconds allowed for the whole DATA phase.
    data_timeout: Annotated[float, Field(gt=0)] = 600.0
    # Unrecognised commands before the session is closed (aiosmtpd's fixed limit).
    max_unknown_commands: Annotated[int, Field(ge=1, le=5)] = 5
    # Event loop: uvloop (libuv, less CPU per session) or the standard asyncio loop.
    event_loop: Literal["uvloop", "asyncio"] = "uvloop"
    # SMTP AUTH credentials file (user:$scrypt$... lines), managed with
    # `phi-gateway auth add USER`. AUTH (PLAIN, LOGIN) is offered only after TLS.
    auth_file: Path | None = None


def _cidr(item: str) -> str:
    try:
        ipaddress.ip_network(item, strict=False)
    except ValueError:
        raise ValueError(f"not a CIDR network: {item!r}") from None
    return item


Cidr = Annotated[str, AfterValidator(_cidr)]


class RelaySettings(Section):
    """Who may relay without SMTP AUTH."""

    # Client networks (CIDR) allowed to relay. Everyone else must authenticate,
    # or is refused at RCPT with 554 5.7.1.
    allowed_networks: list[Cidr] = ["127.0.0.0/8", "::1/128"]


class LimitsSettings(Section):
    """Per-message limits, each with its standard SMTP reply."""

    # Message size: advertised in EHLO (SIZE) and enforced, 552 5.3.4 (Postfix: 10 MB).
    max_message_bytes: Annotated[int, Field(ge=1024)] = 10 * 1024 * 1024
    # Recipients per message; beyond it 452 4.5.3 (Postfix smtpd_recipient_limit).
    max_recipients: Annotated[int, Field(ge=1)] = 1000
    # Header section size, 552 5.3.4 (Postfix header_size_limit).
    max_header_bytes: Annotated[int, Field(ge=1024)] = 100 * 1024
    # More Received fields than this means a mail loop: 554 5.4.6 (Postfix hopcount_limit).
    max_received_headers: Annotated[int, Field(ge=1)] = 50
    # Line length limit of RFC 5321 4.5.3.1.6 (enforced by aiosmtpd: 500 5.5.2).
    max_line_bytes: Annotated[int, Field(ge=80, le=1000)] = 1000


class SmarthostSettings(Section):
    """Next hop in smarthost mode."""

    # Host name or address of the smarthost; TLS verification checks this name.
    host: str = "127.0.0.1"
    # Port of the smarthost.
    port: Annotated[int, Field(ge=1, le=65535)] = 2526
    # AUTH towards the smarthost (PLAIN/LOGIN, only inside TLS): user name, and the
    # name of the environment variable holding the password (never in the file).
    username: str | None = None
    password_env: str | None = None


class RetrySettings(Section):
    """Retry schedule for temporary failures (Postfix-like defaults)."""

    # First retry after this many seconds; each later one doubles the interval ...
    first_retry_seconds: Annotated[float, Field(gt=0)] = 300.0
    # ... up to this cap (RFC 5321 4.5.4.1: at least every 30 minutes is fine) ...
    max_interval_seconds: Annotated[float, Field(gt=0)] = 3600.0
    # ... and after this long in the queue the message bounces with a DSN (5 days).
    lifetime_seconds: Annotated[float, Field(gt=0)] = 5 * 86400.0


class DeliverySettings(Section):
    """Outbound delivery."""

    # smarthost: everything to delivery.smarthost; mx: per recipient domain by DNS MX.
    mode: Literal["smarthost", "mx"] = "smarthost"
    # The next hop in smarthost mode.
    smarthost: SmarthostSettings = SmarthostSettings()
    # TLS for mail that policy does not protect. required: TLS >= 1.2 with the chain
    # and name verified, else defer (never plaintext); opportunistic: TLS when
    # offered; none: plaintext. Protected mail (require_tls, portal) always needs
    # verified TLS whatever this says.
    tls: Literal["required", "opportunistic", "none"] = "opportunistic"
    # PEM bundle of private CAs to trust for verification (null = the system store).
    ca_file: Path | None = None
    # Parallel deliveries per worker process.
    concurrency: Annotated[int, Field(ge=1, le=1000)] = 20
    # Open sessions per next hop; sessions are reused between messages.
    connections_per_host: Annotated[int, Field(ge=1, le=100)] = 10
    # Seconds to connect to a next hop.
    connect_timeout: Annotated[float, Field(gt=0)] = 30.0
    # Seconds to wait for each reply from a next hop.
    command_timeout: Annotated[float, Field(gt=0)] = 300.0
    # Keep an idle session this many seconds for reuse.
    idle_connection_seconds: Annotated[float, Field(ge=0)] = 10.0
    # RFC 2920: send MAIL, RCPT and DATA in one write when the next hop offers
    # PIPELINING (as Postfix does). false = one command per round trip, for a next
    # hop that advertises pipelining but mishandles it.
    pipelining: bool = True
    # EHLO name outbound when the pool does not set one; null = listen.hostname.
    helo_name: str | None = None
    # Retry schedule.
    retry: RetrySettings = RetrySettings()
    # Resolvers for MX, MTA-STS and DANE lookups; [] = the system resolver.
    dns_nameservers: list[str] = []
    # Port of those resolvers.
    dns_port: Annotated[int, Field(ge=1, le=65535)] = 53
    # Port used for MX hosts (25; tests point it elsewhere).
    mx_port: Annotated[int, Field(ge=1, le=65535)] = 25
    # Domain of MAILER-DAEMON@ in DSNs; null = listen.hostname.
    dsn_from_domain: str | None = None


class SpoolSettings(Section):
    """The durable, encrypted queue."""

    # Queue directory: files are written, fsync'd, renamed, and the directory
    # fsync'd before the 250; each is encrypted with AES-256-GCM.
    dir: Path = Path("var/spool")
    # 32-byte key (base64). Generated (mode 0600) with a warning when absent.
    key_file: Path = Path("certs/spool.key")
    # Environment variable that, when set, holds the key instead of key_file.
    key_env: str | None = "PHI_GATEWAY_SPOOL_KEY"
    # Seconds between rescans of the spool (retries due, released messages).
    scan_interval_seconds: Annotated[float, Field(gt=0)] = 10.0
    # Free space to keep; below it new mail gets 452 4.3.1, never a 250.
    min_free_bytes: Annotated[int, Field(ge=0)] = 64 * 1024 * 1024


class MetricsSettings(Section):
    """Prometheus /metrics, /healthz and /readyz listener, apart from SMTP."""

    # Serve the listener at all.
    enabled: bool = True
    # Address and port of the listener (0 = any free port).
    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=0, le=65535)] = 9187


class LoggingSettings(Section):
    """Process logs (never message content, never envelope addresses)."""

    # Minimum level written to stderr.
    level: Literal["debug", "info", "warning", "error"] = "info"
    # text, or json: one JSON object per line.
    format: Literal["text", "json"] = "text"


def _section_models() -> dict[str, type[BaseModel]]:
    """Sections owned by later stages, imported here so one file validates everything."""
    import importlib

    wanted = {
        "policy": ("gateway.policy", "PolicySettings"),
        "audit": ("gateway.audit", "AuditSettings"),
        "dkim": ("gateway.dkim_sign", "DkimSettings"),
        "pools": ("gateway.pools", "PoolsSettings"),
        "rate_limits": ("gateway.ratelimit", "RateLimitSettings"),
        "consent": ("gateway.consent", "ConsentSettings"),
        "unsubscribe": ("gateway.unsubscribe", "UnsubscribeSettings"),
        "tls_policy": ("gateway.tls_policy", "TlsPolicySettings"),
        "portal": ("gateway.portal.settings", "PortalSettings"),
    }
    out: dict[str, type[BaseModel]] = {}
    for section, (module, name) in wanted.items():
        out[section] = getattr(importlib.import_module(module), name)
    return out


class CoreConfig(Section):
    listen: ListenSettings = ListenSettings()
    relay: RelaySettings = RelaySettings()
    limits: LimitsSettings = LimitsSettings()
    delivery: DeliverySettings = DeliverySettings()
    spool: SpoolSettings = SpoolSettings()
    metrics: MetricsSettings = MetricsSettings()
    logging: LoggingSettings = LoggingSettings()


class ConfigError(ValueError):
    """One or more configuration errors, each ``file:line:col: key.path: message``."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


class Config:
    """The whole configuration: core sections plus every stage's section."""

    def __init__(self, core: CoreConfig, sections: dict[str, BaseModel], source: str) -> None:
        self.core = core
        self.sections = sections
        self.source = source
        self.listen = core.listen
        self.relay = core.relay
        self.limits = core.limits
        self.delivery = core.delivery
        self.spool = core.spool
        self.metrics = core.metrics
        self.logging = core.logging

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["sections"][name]
        except KeyError:
            raise AttributeError(name) from None


def _format_errors(doc: MarkedDocument, exc: ValidationError, prefix: tuple[str, ...]) -> list[str]:
    out = []
    for err in exc.errors():
        loc = (*prefix, *err["loc"])
        keypath = ".".join(str(p) for p in loc)
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        elif err["type"] == "missing":
            msg = "required key missing"
        out.append(f"{doc.where(loc, value=err['type'] != 'extra_forbidden')}: {keypath}: {msg}")
    return out


def build(doc: MarkedDocument) -> Config:
    """Validate a marked document into a Config, collecting every error."""
    data = doc.data
    if not isinstance(data, dict):
        raise ConfigError([f"{doc.where(())}: top level must be a mapping"])
    models = _section_models()
    core_keys = set(CoreConfig.model_fields)
    errors: list[str] = []
    for key in data:
        if key not in core_keys and key not in models:
            errors.append(f"{doc.where((key,))}: {key}: unknown key")
    core: CoreConfig | None = None
    try:
        core = CoreConfig.model_validate({k: v for k, v in data.items() if k in core_keys})
    except ValidationError as exc:
        errors.extend(_format_errors(doc, exc, ()))
    sections: dict[str, BaseModel] = {}
    for name, model in models.items():
        raw = data.get(name, {})
        if raw is None:
            raw = {}
        try:
            sections[name] = model.model_validate(raw)
        except ValidationError as exc:
            errors.extend(_format_errors(doc, exc, (name,)))
    if errors or core is None:
        raise ConfigError(errors)
    return Config(core, sections, doc.path)


def default_config() -> Config:
    """The built-in defaults (what config.example.yaml documents)."""
    return build(MarkedDocument("<defaults>", {}))


def load_config(path: str | os.PathLike[str] | None) -> Config:
    """Load and validate a config file; None gives the built-in defaults."""
    if path is None:
        return default_config()
    try:
        doc = load_marked_file(Path(path))
    except YamlSyntaxError as exc:
        raise ConfigError([str(exc)]) from None
    return build(doc)

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
    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=0, le=65535)] = 2525
    tls_cert: Path | None = None
    tls_key: Path | None = None
    require_tls: bool = False
    hostname: str | None = None  # greeting/EHLO name; defaults to the machine's FQDN
    workers: Annotated[int, Field(ge=1, le=64)] = 1
    max_connections_per_ip: Annotated[int, Field(ge=1)] = 50
    command_timeout: Annotated[float, Field(gt=0)] = 300.0
    data_timeout: Annotated[float, Field(gt=0)] = 600.0
    max_unknown_commands: Annotated[int, Field(ge=1)] = 5  # aiosmtpd's fixed BOGUS_LIMIT
    auth_file: Path | None = None


def _cidr(item: str) -> str:
    try:
        ipaddress.ip_network(item, strict=False)
    except ValueError:
        raise ValueError(f"not a CIDR network: {item!r}") from None
    return item


Cidr = Annotated[str, AfterValidator(_cidr)]


class RelaySettings(Section):
    allowed_networks: list[Cidr] = ["127.0.0.0/8", "::1/128"]


class LimitsSettings(Section):
    max_message_bytes: Annotated[int, Field(ge=1024)] = 10 * 1024 * 1024  # Postfix default
    max_recipients: Annotated[int, Field(ge=1)] = 1000
    max_header_bytes: Annotated[int, Field(ge=1024)] = 100 * 1024  # Postfix header_size_limit
    max_received_headers: Annotated[int, Field(ge=1)] = 50  # Postfix hopcount_limit
    max_line_bytes: Annotated[int, Field(ge=80)] = 1000  # RFC 5321 4.5.3.1.6


class SmarthostSettings(Section):
    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=1, le=65535)] = 2526
    username: str | None = None
    password_env: str | None = None  # name of the environment variable holding the password


class RetrySettings(Section):
    first_retry_seconds: Annotated[float, Field(gt=0)] = 300.0
    max_interval_seconds: Annotated[float, Field(gt=0)] = 3600.0
    lifetime_seconds: Annotated[float, Field(gt=0)] = 5 * 86400.0


class DeliverySettings(Section):
    mode: Literal["smarthost", "mx"] = "smarthost"
    smarthost: SmarthostSettings = SmarthostSettings()
    tls: Literal["required", "opportunistic", "none"] = "opportunistic"
    ca_file: Path | None = None
    concurrency: Annotated[int, Field(ge=1, le=1000)] = 20
    connections_per_host: Annotated[int, Field(ge=1, le=100)] = 10
    connect_timeout: Annotated[float, Field(gt=0)] = 30.0
    command_timeout: Annotated[float, Field(gt=0)] = 300.0
    idle_connection_seconds: Annotated[float, Field(ge=0)] = 10.0
    helo_name: str | None = None
    retry: RetrySettings = RetrySettings()
    dns_nameservers: list[str] = []  # empty: the system resolver
    dns_port: Annotated[int, Field(ge=1, le=65535)] = 53
    mx_port: Annotated[int, Field(ge=1, le=65535)] = 25  # tests point this elsewhere
    dsn_from_domain: str | None = None  # postmaster domain in DSNs; defaults to the hostname


class SpoolSettings(Section):
    dir: Path = Path("var/spool")
    key_file: Path = Path("certs/spool.key")
    key_env: str | None = "PHI_GATEWAY_SPOOL_KEY"
    scan_interval_seconds: Annotated[float, Field(gt=0)] = 10.0
    min_free_bytes: Annotated[int, Field(ge=0)] = 64 * 1024 * 1024


class MetricsSettings(Section):
    enabled: bool = True
    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=0, le=65535)] = 9187


class LoggingSettings(Section):
    level: Literal["debug", "info", "warning", "error"] = "info"
    format: Literal["text", "json"] = "text"  # json: one JSON object per line


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

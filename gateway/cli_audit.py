"""``phi-gateway audit verify|search``: check the hash chain, find records.

Output is the audit records themselves (already metadata only: hashes, domains,
tokens), so nothing printed here can carry PHI. An address given to ``search``
is hashed with the configured key before comparing and is never echoed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from gateway.audit import AuditError, AuditSettings, all_trails, search, verify


def load_settings(config: str | None) -> AuditSettings:
    """The ``audit`` section of the config (defaults without ``--config``).

    Imported lazily through importlib: gateway.config imports this package's
    settings model, so a module-level import would be a cycle."""
    try:
        mod = importlib.import_module("gateway.config")
        cfg: Any = mod.load_config(config)
    except ModuleNotFoundError as exc:
        # Until every section module exists gateway.config cannot import; read
        # our own section so the audit CLI works on a partial tree.
        if not (exc.name or "").startswith("gateway"):
            raise
        return _audit_section_only(config)
    settings = cfg.audit
    if not isinstance(settings, AuditSettings):
        raise TypeError("config section 'audit' is not AuditSettings")
    return settings


def _audit_section_only(config: str | None) -> AuditSettings:
    if config is None:
        return AuditSettings()
    import yaml

    with open(config, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    section = data.get("audit") if isinstance(data, dict) else None
    return AuditSettings.model_validate(section or {})


def _settings_or_exit(args: argparse.Namespace) -> AuditSettings | int:
    try:
        return load_settings(args.config)
    except (ValueError, OSError) as exc:  # ConfigError is a ValueError
        print(f"phi-gateway audit: {exc}", file=sys.stderr)
        return 2


def _verify(args: argparse.Namespace) -> int:
    settings = _settings_or_exit(args)
    if isinstance(settings, int):
        return settings
    if args.log is not None:
        settings = settings.model_copy(update={"path": Path(args.log)})
    anchors: list[tuple[int, str]] = []
    for text in args.anchor or ():
        seq, sep, digest = text.partition(":")
        if not sep or not seq.isdigit() or not re.fullmatch(r"[0-9a-f]{64}", digest):
            print(
                f"phi-gateway audit verify: --anchor wants SEQ:HASH, got {text!r}", file=sys.stderr
            )
            return 2
        anchors.append((int(seq), digest))
    trails = [settings] if args.log is not None else all_trails(settings)
    worst = 0
    for trail in trails:
        # Anchors (seq:hash) name records of worker 0's chain only.
        result = verify(trail, anchors=anchors if trail is settings else [])
        if result.ok:
            print(result)
            continue
        print(f"FAILED: {result}", file=sys.stderr)
        # No bad record named: nothing could be checked (no trail, no key).
        worst = max(worst, 1 if result.bad_file is not None else 2)
    return worst


def _search(args: argparse.Namespace) -> int:
    settings = _settings_or_exit(args)
    if isinstance(settings, int):
        return settings
    address = args.address
    if address == "-":
        # From stdin, so the address is not left in shell history or `ps`.
        address = sys.stdin.readline().strip()
    try:
        found = [
            rec
            for trail in all_trails(settings)
            for rec in search(
                trail,
                since=args.since,
                until=args.until,
                decision=args.decision,
                domain=args.domain,
                address=address,
                event=args.event,
                queue_id=args.queue_id,
            )
        ]
        # Workers keep separate trails; merge them in time order.
        for rec in sorted(found, key=lambda r: str(r.get("time", ""))):
            sys.stdout.write(json.dumps(rec, sort_keys=True) + "\n")
    except ValueError as exc:  # a malformed --since/--until
        print(f"phi-gateway audit search: {exc}", file=sys.stderr)
        return 2
    except AuditError as exc:  # e.g. no hmac key for --address
        print(f"phi-gateway audit search: {exc}", file=sys.stderr)
        return 2
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``audit verify`` and ``audit search``."""
    audit = sub.add_parser("audit", help="verify or search the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)

    v = audit_sub.add_parser(
        "verify",
        help="check the hash chain and checkpoint signatures across rotated files",
    )
    v.add_argument("--config", metavar="FILE", help="gateway config (default: built-in)")
    v.add_argument(
        "--log",
        metavar="PATH",
        help="verify this active audit file instead of audit.path (keys still from config)",
    )
    v.add_argument(
        "--anchor",
        action="append",
        metavar="SEQ:HASH",
        help="a checkpoint seq and hash kept elsewhere (from the 'audit checkpoint' log "
        "lines); catches records cut off the end. Repeatable.",
    )
    v.set_defaults(func=_verify)

    s = audit_sub.add_parser("search", help="print matching records as JSON lines")
    s.add_argument("--config", metavar="FILE", help="gateway config (default: built-in)")
    s.add_argument("--since", metavar="ISO", help="from this time (ISO 8601, UTC if no zone)")
    s.add_argument("--until", metavar="ISO", help="up to this time (ISO 8601, UTC if no zone)")
    s.add_argument(
        "--decision", choices=["deliver", "require_tls", "portal", "quarantine", "reject"]
    )
    s.add_argument("--domain", help="sender or recipient domain")
    s.add_argument(
        "--address",
        help="sender or recipient address, hashed with the key; '-' reads it from stdin",
    )
    s.add_argument("--event", help="event name, e.g. delivered")
    s.add_argument("--queue-id", dest="queue_id", help="one message's records")
    s.set_defaults(func=_search)

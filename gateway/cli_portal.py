"""`phi-gateway portal ...`: list, revoke, expire and unlock stored portal messages.

Output is metadata only (ids, states, times, counts): never addresses or content.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gateway.portal.settings import PortalSettings
    from gateway.portal.store import SqlitePortalStore

audit_log = logging.getLogger("gateway.portal.audit")


def _settings(args: argparse.Namespace) -> PortalSettings:
    from gateway.portal.settings import PortalSettings

    try:
        from gateway.config import load_config
    except ImportError:
        # Until the lead's gateway.config exists: defaults only, and refuse a --config
        # we could not honour rather than silently ignoring it.
        if args.config is not None:
            raise SystemExit("phi-gateway portal: gateway.config is not available") from None
        return PortalSettings()
    cfg = load_config(args.config)
    settings: PortalSettings = cfg.portal
    return settings


def _audit(event: str, fields: dict[str, object]) -> None:
    # The CLI has no audit sink of its own yet; the lead routes this logger to audit.py.
    audit_log.info("%s %s", event, json.dumps(fields, sort_keys=True))


def _store(args: argparse.Namespace) -> SqlitePortalStore:
    from gateway.portal.store import open_store

    return open_store(_settings(args), audit=_audit)


def _ts(value: float) -> str:
    return dt.datetime.fromtimestamp(value, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def cmd_list(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        rows = store.list_messages()
    finally:
        store.close()
    if args.state:
        rows = [r for r in rows if r.state == args.state]
    if args.json:
        for r in rows:
            print(
                json.dumps(
                    {
                        "id": r.message_id,
                        "queue_id": r.queue_id,
                        "state": r.state,
                        "created": _ts(r.created_at),
                        "expires": _ts(r.expires_at),
                        "size": r.size,
                        "recipients": r.tickets,
                        "viewed": r.viewed_tickets,
                        "locked": r.locked_tickets,
                    }
                )
            )
        return 0
    print(f"{'ID':32}  {'STATE':8}  {'CREATED':20}  {'EXPIRES':20}  RCPT VIEWED LOCKED  SIZE")
    for r in rows:
        print(
            f"{r.message_id:32}  {r.state:8}  {_ts(r.created_at):20}  {_ts(r.expires_at):20}  "
            f"{r.tickets:4} {r.viewed_tickets:6} {r.locked_tickets:6}  {r.size}"
        )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        ok = store.revoke(args.id)
    finally:
        store.close()
    if not ok:
        print(f"portal: no active message {args.id}", file=sys.stderr)
        return 1
    print(f"revoked {args.id}")
    return 0


def cmd_expire(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        ids = store.expire()
    finally:
        store.close()
    for message_id in ids:
        print(f"expired {message_id}")
    print(f"{len(ids)} message(s) expired")
    return 0


def cmd_unlock(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        count = store.unlock(args.id)
    finally:
        store.close()
    print(f"unlocked {count} link(s) of {args.id}")
    return 0 if count else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `portal list|revoke|expire|unlock` to the top-level CLI."""
    portal = sub.add_parser("portal", help="manage messages held in the encrypted portal")
    psub = portal.add_subparsers(dest="portal_command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = psub.add_parser(name, help=help_text)
        p.add_argument("--config", metavar="FILE", default=None, help="gateway YAML config")
        return p

    p = add("list", "list stored messages (metadata only)")
    p.add_argument("--state", choices=["active", "revoked", "expired"], default=None)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_list)
    p = add("revoke", "withdraw a message now: its key and ciphertext are deleted")
    p.add_argument("id", help="portal message id (from `portal list`)")
    p.set_defaults(func=cmd_revoke)
    p = add("expire", "expire and delete every message past its expiry time")
    p.set_defaults(func=cmd_expire)
    p = add("unlock", "unlock links locked after too many wrong codes")
    p.add_argument("id", help="portal message id")
    p.set_defaults(func=cmd_unlock)

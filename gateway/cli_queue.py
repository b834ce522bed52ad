"""``phi-gateway queue`` and ``phi-gateway auth``: spool and credentials administration."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gateway.auth import hash_password, parse_file, write_file
from gateway.config import Config, ConfigError, load_config
from gateway.crypto import Sealer, load_or_create_key
from gateway.spool import Spool, Status


def _config(args: argparse.Namespace) -> Config | None:
    try:
        return load_config(args.config)
    except ConfigError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        return None


def open_spool(cfg: Config) -> Spool:
    key = load_or_create_key(cfg.spool.key_file, cfg.spool.key_env, "spool encryption")
    return Spool(cfg.spool.dir, Sealer(key), cfg.spool.min_free_bytes)


def _list(args: argparse.Namespace) -> int:
    cfg = _config(args)
    if cfg is None:
        return 2
    spool = open_spool(cfg)
    now = time.time()
    rows: list[dict[str, Any]] = []
    for qid, state in spool.iter_states():
        try:
            entry = spool.read(qid)
        except (OSError, ValueError):
            continue
        n = len(entry.envelope.rcpt_tos)
        domains = sorted({r.rpartition("@")[2] for r in entry.envelope.rcpt_tos})
        rows.append(
            {
                "id": qid,
                "status": state.status,
                "decision": str(entry.decision.action),
                "age_s": int(now - (entry.envelope.received_at or state.created or now)),
                "size": len(entry.raw),
                "attempts": state.attempts,
                "next_in_s": max(0, int(state.next_attempt - now)),
                "recipients": n,
                "pending": len(state.pending(n)),
                "domains": domains,
            }
        )
    spool.close()
    if args.json:
        for r in rows:
            print(json.dumps(r))
    else:
        print(
            f"{'ID':24} {'STATUS':10} {'DECISION':11} {'AGE':>7} {'SIZE':>8} {'TRIES':>5} "
            f"{'PENDING':>9}  DOMAINS"
        )
        for r in rows:
            print(
                f"{r['id']:24} {r['status']:10} {r['decision']:11} {r['age_s']:>6}s "
                f"{r['size']:>8} {r['attempts']:>5} {r['pending']:>4}/{r['recipients']:<4} "
                f" {','.join(r['domains'])}"
            )
        print(f"{len(rows)} message(s)")
    return 0


def _set(status: Status, released: bool = False) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        cfg = _config(args)
        if cfg is None:
            return 2
        spool = open_spool(cfg)
        claim = spool.claim(args.id)
        if claim is None:
            print(
                f"{args.id}: no such message, or it is being delivered right now", file=sys.stderr
            )
            return 1
        try:
            claim.state.status = status
            claim.state.next_attempt = 0.0
            if released:
                claim.state.released = True
            claim.save()
        finally:
            claim.close()
            spool.close()
        print(
            f"{args.id}: {status}; a running gateway picks it up within "
            f"{cfg.spool.scan_interval_seconds:g}s"
        )
        return 0

    return run


def _delete(args: argparse.Namespace) -> int:
    cfg = _config(args)
    if cfg is None:
        return 2
    spool = open_spool(cfg)
    claim = spool.claim(args.id)
    if claim is None:
        print(f"{args.id}: no such message, or it is being delivered right now", file=sys.stderr)
        return 1
    claim.finish()
    spool.close()
    print(f"{args.id}: deleted (no DSN sent)")
    return 0


def _auth_file(args: argparse.Namespace) -> Path | None:
    if args.file:
        return Path(args.file)
    cfg = _config(args)
    if cfg is None or cfg.listen.auth_file is None:
        print("no credentials file: set listen.auth_file or pass --file", file=sys.stderr)
        return None
    return Path(cfg.listen.auth_file)


def _auth_add(args: argparse.Namespace) -> int:
    path = _auth_file(args)
    if path is None:
        return 2
    users = parse_file(path) if path.exists() else {}
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"password for {args.user}: ")
    if len(password) < 12:
        print("password must be at least 12 characters", file=sys.stderr)
        return 1
    users[args.user] = hash_password(password)
    write_file(path, users)
    print(f"{args.user}: {'updated' if args.user in users else 'added'} in {path}")
    return 0


def _auth_remove(args: argparse.Namespace) -> int:
    path = _auth_file(args)
    if path is None:
        return 2
    users = parse_file(path) if path.exists() else {}
    if users.pop(args.user, None) is None:
        print(f"{args.user}: not found", file=sys.stderr)
        return 1
    write_file(path, users)
    print(f"{args.user}: removed")
    return 0


def _auth_list(args: argparse.Namespace) -> int:
    path = _auth_file(args)
    if path is None:
        return 2
    for user in sorted(parse_file(path) if path.exists() else {}):
        print(user)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    q = sub.add_parser("queue", help="inspect and manage the spool")
    qs = q.add_subparsers(dest="queue_cmd", required=True)
    p = qs.add_parser("list", help="list queued messages (no addresses, no content)")
    p.add_argument("--config")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_list)
    for name, func, text in (
        ("retry", _set("active"), "retry a deferred message now"),
        ("hold", _set("hold"), "hold a message (not delivered until released)"),
        ("release", _set("active", released=True), "release a quarantined or held message"),
        ("delete", _delete, "delete a message without a DSN"),
    ):
        p = qs.add_parser(name, help=text)
        p.add_argument("id")
        p.add_argument("--config")
        p.set_defaults(func=func)

    a = sub.add_parser("auth", help="manage SMTP AUTH credentials (scrypt hashes)")
    as_ = a.add_subparsers(dest="auth_cmd", required=True)
    for name, func in (("add", _auth_add), ("remove", _auth_remove), ("list", _auth_list)):
        p = as_.add_parser(name)
        if name != "list":
            p.add_argument("user")
        p.add_argument("--config")
        p.add_argument("--file", help="credentials file (default: listen.auth_file)")
        if name == "add":
            p.add_argument(
                "--password-stdin",
                action="store_true",
                help="read the password from the first line of stdin",
            )
        p.set_defaults(func=func)

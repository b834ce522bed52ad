"""``phi-gateway consent issue | revoke | list | import``.

Output never contains a recipient address: ``list`` shows its SHA-256 hash only, and
``issue`` prints the token and consent id. Exit codes: 0 ok, 1 bad input, 2 usage.
"""

from __future__ import annotations

import argparse
import csv
import functools
import io
import json
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from gateway.consent import (
    ConsentError,
    ConsentSettings,
    ConsentStore,
    hash_consent_id,
    issue_token,
    load_or_create_private_key,
    new_consent_id,
    public_key_pem,
)

if TYPE_CHECKING:
    _Sub = argparse._SubParsersAction[argparse.ArgumentParser]

_CID_HEADERS = ("consent_id", "cid", "id")


def _settings(path: str | None) -> ConsentSettings:
    """The ``consent`` section of the gateway config (lazy import: no cycles)."""
    try:
        from gateway.config import load_config
    except ImportError:
        load_config = None  # type: ignore[assignment]
    if load_config is not None:
        try:
            cfg = load_config(path)
        except ImportError:
            # Some stage's section module is not installed yet in this tree; read our
            # own section directly so the consent CLI still works.
            pass
        else:
            settings = cfg.consent
            assert isinstance(settings, ConsentSettings)
            return settings
    if path is None:
        return ConsentSettings()
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return ConsentSettings.model_validate(data.get("consent") or {})


def _err(msg: str) -> int:
    print(f"phi-gateway consent: {msg}", file=sys.stderr)
    return 1


def _iso(ts: float | None) -> str:
    if ts is None:
        return "-"
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def _guarded(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Expected failures become one stderr line and exit 1, not a traceback.

    Messages come from our own exceptions, config validation (file:line:col, key
    names) and OS errors (paths): none of them carries an address or token.
    """

    @functools.wraps(fn)
    def run(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except (ConsentError, ValueError, OSError, sqlite3.Error) as exc:
            return _err(str(exc) or type(exc).__name__)

    return run


@_guarded
def cmd_issue(args: argparse.Namespace) -> int:
    settings = _settings(args.config)
    recipient: str | None = args.recipient
    if recipient == "-":
        # Lets scripts keep the address out of argv (visible in ps and shell history).
        recipient = sys.stdin.readline().strip()
    if (recipient is None) == (args.recipient_hash is None):
        return _err("give exactly one of --recipient / --recipient-hash")
    cid = args.id or new_consent_id()
    try:
        token = issue_token(
            recipient,
            recipient_hash_hex=args.recipient_hash,
            settings=settings,
            purpose=args.purpose,
            org=args.org,
            days=args.days,
            consent_id=cid,
        )
    except ConsentError as exc:
        return _err(str(exc))
    if args.json:
        print(json.dumps({"consent_id": cid, "id_hash": hash_consent_id(cid), "token": token}))
    else:
        print(f"consent-id: {cid}")
        print(f"token: {token}")
    return 0


@_guarded
def cmd_revoke(args: argparse.Namespace) -> int:
    settings = _settings(args.config)
    try:
        with ConsentStore(settings.store) as store:
            added = store.revoke_many(args.consent_ids)
    except ConsentError as exc:
        return _err(str(exc))
    print(f"revoked {added} new, {len(set(args.consent_ids)) - added} already revoked")
    return 0


@_guarded
def cmd_list(args: argparse.Namespace) -> int:
    settings = _settings(args.config)
    with ConsentStore(settings.store) as store:
        records = store.records()
    if args.json:
        print(json.dumps([r.as_json() for r in records], indent=None))
        return 0
    print("consent_id\tid_hash\tpurpose\torg\tissued\texpires\trevoked\trecipient_sha256")
    for r in records:
        print(
            "\t".join(
                [
                    r.consent_id,
                    r.id_hash,
                    r.purpose or "-",
                    r.org or "-",
                    _iso(r.issued_at),
                    _iso(r.expires_at),
                    _iso(r.revoked_at),
                    r.recipient_hash or "-",
                ]
            )
        )
    return 0


def _ids_from_text(text: str) -> tuple[list[str], list[int]]:
    """Consent ids from CSV (a consent_id/cid/id column, else the first) or plain lines.

    Returns ids and the 1-based line numbers of rows that held no usable id.
    """
    from gateway.consent import _CID_RE

    rows = list(csv.reader(io.StringIO(text)))
    col = 0
    start = 0
    if rows and rows[0]:
        header = [c.strip().lower() for c in rows[0]]
        for name in _CID_HEADERS:
            if name in header:
                col, start = header.index(name), 1
                break
    ids: list[str] = []
    bad: list[int] = []
    for lineno, row in enumerate(rows[start:], start=start + 1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        value = row[col].strip() if col < len(row) else ""
        if _CID_RE.fullmatch(value):
            ids.append(value)
        else:
            bad.append(lineno)
    return ids, bad


@_guarded
def cmd_import(args: argparse.Namespace) -> int:
    settings = _settings(args.config)
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _err(f"cannot read {args.file}: {type(exc).__name__}")
    ids, bad = _ids_from_text(text)
    if bad and not args.skip_invalid:
        # Line numbers only: a bad row might hold anything, including PHI.
        shown = ", ".join(str(n) for n in bad[:20])
        return _err(f"{len(bad)} invalid line(s) ({shown}); nothing imported (--skip-invalid)")
    with ConsentStore(settings.store) as store:
        added = store.revoke_many(ids, source="import")
    print(f"imported {len(ids)} id(s): {added} newly revoked, {len(bad)} invalid line(s) skipped")
    return 0


@_guarded
def cmd_pubkey(args: argparse.Namespace) -> int:
    settings = _settings(args.config)
    try:
        key = load_or_create_private_key(settings.key_file)
    except ConsentError as exc:
        return _err(str(exc))
    sys.stdout.write(public_key_pem(key).decode("ascii"))
    return 0


def register(sub: _Sub) -> None:
    """Add ``consent`` with its subcommands to the top-level parser."""
    p = sub.add_parser("consent", help="marketing consent tokens and revocations")
    csub = p.add_subparsers(dest="consent_cmd", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sp = csub.add_parser(name, help=help_text)
        sp.add_argument("--config", metavar="FILE", help="gateway config file")
        return sp

    sp = add("issue", "mint a consent token for one recipient")
    sp.add_argument("--recipient", help="recipient address, or - to read it from stdin")
    sp.add_argument("--recipient-hash", help="sha256 hex of the lowercased address instead")
    sp.add_argument("--purpose", help="purpose (default: consent.purpose)")
    sp.add_argument("--org", help="issuing organisation (default: consent.org)")
    sp.add_argument("--days", type=float, help="validity in days (default: consent.default_days)")
    sp.add_argument("--id", help="consent id (default: generated)")
    sp.add_argument("--json", action="store_true", help="print JSON")
    sp.set_defaults(func=cmd_issue)

    sp = add("revoke", "revoke consent ids (known or minted elsewhere)")
    sp.add_argument("consent_ids", nargs="+", metavar="ID")
    sp.set_defaults(func=cmd_revoke)

    sp = add("list", "list issued consents and revocations")
    sp.add_argument("--json", action="store_true", help="print JSON")
    sp.set_defaults(func=cmd_list)

    sp = add("import", "import a revocation list (CSV or one id per line; - for stdin)")
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--skip-invalid", action="store_true", help="import valid ids anyway")
    sp.set_defaults(func=cmd_import)

    sp = add("pubkey", "print the issuing public key (PEM) for other gateways' trusted_keys")
    sp.set_defaults(func=cmd_pubkey)


def main(argv: list[str] | None = None) -> int:
    """Standalone entry point: ``python -m gateway.cli_consent consent ...``."""
    parser = argparse.ArgumentParser(prog="phi-gateway")
    register(parser.add_subparsers(dest="cmd", required=True))
    args = parser.parse_args(argv)
    rc: int = args.func(args)
    return rc


if __name__ == "__main__":
    sys.exit(main())

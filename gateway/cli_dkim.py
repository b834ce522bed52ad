"""``phi-gateway dkim ...``: key generation and DNS record output.

The private key is written with mode 0600 from the first byte (``os.open`` with
O_EXCL), so there is no window in which another local user could read it, and an
existing key is never overwritten: replacing a key that is still published in DNS
would break every message in flight.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from gateway.dkim_sign import PrivateKey, check_dns_name, public_txt


def txt_strings(value: str, size: int = 255) -> list[str]:
    """Split a TXT value into character-strings of at most ``size`` bytes (RFC 1035 3.3).

    DKIM verifiers concatenate the strings without separators (RFC 6376 3.6.2.2).
    """
    return [value[i : i + size] for i in range(0, len(value), size)] or [""]


def generate_key(algorithm: str, bits: int = 2048) -> PrivateKey:
    if algorithm == "rsa":
        if bits < 2048:
            raise ValueError("RSA keys must have at least 2048 bits")
        return rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return ed25519.Ed25519PrivateKey.generate()


def write_private_key(key: PrivateKey, path: Path) -> None:
    """Write PKCS#8 PEM with mode 0600; FileExistsError if ``path`` exists."""
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)  # umask cannot widen it, but a stricter umask must not hide it
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)


def dns_record(domain: str, selector: str, key: PrivateKey) -> tuple[str, list[str]]:
    """(owner name, TXT character-strings) publishing ``key``."""
    return f"{selector}._domainkey.{domain}.", txt_strings(public_txt(key))


def _keygen(args: argparse.Namespace) -> int:
    try:
        domain = check_dns_name(args.domain, "--domain")
        selector = check_dns_name(args.selector, "--selector")
        key = generate_key(args.algorithm, args.bits)
    except ValueError as exc:
        print(f"phi-gateway dkim keygen: {exc}", file=sys.stderr)
        return 2
    out_dir = Path(args.out)
    suffix = "rsa" if args.algorithm == "rsa" else "ed25519"
    path = (out_dir / f"{domain}.{selector}.{suffix}.pem").absolute()
    try:
        out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_private_key(key, path)
    except FileExistsError:
        print(f"phi-gateway dkim keygen: {path} exists; refusing to overwrite", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"phi-gateway dkim keygen: cannot write {path}: {exc.strerror}", file=sys.stderr)
        return 1
    name, strings = dns_record(domain, selector, key)
    algorithm = "rsa-sha256" if args.algorithm == "rsa" else "ed25519-sha256"
    print(f"private key: {path}")
    print("DNS TXT record:")
    print(f"{name}\tIN\tTXT\t( " + "\n\t\t".join(f'"{s}"' for s in strings) + " )")
    print("config (dkim.keys):")
    print(f"  - {{domain: {domain}, selector: {selector}, key_file: {path},")
    print(f"     algorithm: {algorithm}}}")
    return 0


def _show(args: argparse.Namespace) -> int:
    """Load every configured key (as the gateway would) and print its DNS record."""
    import time

    from gateway.config import load_config  # lazy: config imports this package's models
    from gateway.dkim_sign import DkimKeyError, DkimSigner

    try:
        signer = DkimSigner(load_config(args.config).dkim)
    except DkimKeyError as exc:
        print(f"phi-gateway dkim show: {exc}", file=sys.stderr)
        return 1
    now = time.time()
    keys = signer.keys()
    if not keys:
        print("no DKIM keys configured (dkim.keys): nothing is signed")
    for key in keys:
        state = "active" if key.active(now) else "inactive (outside not_before/not_after)"
        strings = txt_strings(key.public_txt())
        print(f"{key.label}. {key.algorithm} {state}")
        print(f"{key.label}.\tIN\tTXT\t( " + "\n\t\t".join(f'"{s}"' for s in strings) + " )")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``dkim keygen`` and ``dkim show``."""
    dkim_p = sub.add_parser("dkim", help="DKIM key management")
    dkim_sub = dkim_p.add_subparsers(dest="dkim_command", required=True)
    kg = dkim_sub.add_parser("keygen", help="generate a signing key and print its DNS record")
    kg.add_argument("--config", metavar="FILE", help="config file (unused by keygen)")
    kg.add_argument("--domain", required=True, help="signing domain (d=)")
    kg.add_argument("--selector", required=True, help="selector (s=)")
    kg.add_argument("--algorithm", choices=("rsa", "ed25519"), default="rsa")
    kg.add_argument("--bits", type=int, default=2048, help="RSA modulus size (>= 2048)")
    kg.add_argument("--out", default=".", help="directory for the private key file")
    kg.set_defaults(func=_keygen)
    show = dkim_sub.add_parser(
        "show", help="load the configured keys and print their DNS records and state"
    )
    show.add_argument("--config", metavar="FILE", help="config file")
    show.set_defaults(func=_show)


def main(argv: list[str] | None = None) -> int:
    """Standalone entry point (``python -m gateway.cli_dkim dkim keygen ...``) for tests."""
    parser = argparse.ArgumentParser(prog="phi-gateway")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    rc: int = args.func(args)
    return rc


if __name__ == "__main__":
    raise SystemExit(main())

"""phi-gateway command line: serve, queue, auth, policy, scan, dkim, consent, portal, audit."""

from __future__ import annotations

import argparse
import importlib
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="phi-gateway",
        description="SMTP gateway that enforces HIPAA policy inline.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the gateway in the foreground")
    serve.add_argument("--config", help="YAML config (default: built-in example settings)")
    serve.set_defaults(func=_serve)
    check = sub.add_parser("config", help="validate a config file, or print the reference")
    mode = check.add_mutually_exclusive_group(required=True)
    mode.add_argument("--config", help="config file to validate (errors as file:line:col)")
    mode.add_argument(
        "--example",
        action="store_true",
        help="print the commented reference config (config.example.yaml)",
    )
    check.set_defaults(func=_check_config)
    for module in ("cli_queue", "cli_policy", "cli_dkim", "cli_consent", "cli_portal", "cli_audit"):
        mod = importlib.import_module(f"gateway.{module}")
        mod.register(sub)
    return parser


def _serve(args: argparse.Namespace) -> int:
    from gateway.app import main_serve

    return main_serve(args.config)


def _check_config(args: argparse.Namespace) -> int:
    from gateway.config import ConfigError, load_config

    if args.example:
        from gateway.config_doc import render_example

        sys.stdout.write(render_example())
        return 0
    try:
        load_config(args.config)
    except ConfigError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        return 1
    print(f"{args.config}: ok")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())

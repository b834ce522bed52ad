"""CLI: ``scan`` (dry-run detection and policy on saved messages), ``policy check`` and
``policy test``. Output names detectors, parts, counts and confidence: never matched text, and
attachments only by position ("attachment:2"), never by file name.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parseaddr
from pathlib import Path
from typing import Any, TextIO

import yaml

from gateway.model import Action, Decision, Envelope
from gateway.policy import CONSENT_STATUSES, PolicyEngine, PolicyLoadError, PolicySettings


def load_settings(config: str | None) -> PolicySettings:
    """The ``policy`` section of the gateway config (lazily: no import cycle with config)."""
    try:
        mod: Any = importlib.import_module("gateway.config")
    except ImportError:
        mod = None
    if mod is not None and hasattr(mod, "load_config"):
        settings = mod.load_config(config).policy
        assert isinstance(settings, PolicySettings)
        return settings
    if config is None:
        return PolicySettings()
    # Stand-alone fallback until gateway.config exists: read just our section.
    data = yaml.safe_load(Path(config).read_text(encoding="utf-8")) or {}
    section = data.get("policy", {}) if isinstance(data, dict) else {}
    return PolicySettings.model_validate(section)


def _settings_or_report(config: str | None, err: TextIO) -> PolicySettings | None:
    try:
        return load_settings(config)
    except Exception as exc:
        # The config loader's own errors are path:line:col lines in .errors.
        lines = getattr(exc, "errors", None) or [f"config error: {type(exc).__name__}"]
        for line in lines:
            print(line, file=err)
        return None


def _load_engine(config: str | None, err: TextIO) -> PolicyEngine | None:
    settings = _settings_or_report(config, err)
    if settings is None:
        return None
    try:
        return PolicyEngine.load(settings)
    except PolicyLoadError as exc:
        for line in exc.errors:
            print(line, file=err)
        return None


def envelope_from_headers(
    raw: bytes, mail_from: str | None = None, rcpt: list[str] | None = None
) -> Envelope:
    """An envelope for a saved message: explicit options, else Return-Path/From and To/Cc."""
    try:
        hdrs = BytesHeaderParser().parsebytes(raw)
        sender = mail_from or parseaddr(str(hdrs.get("Return-Path") or hdrs.get("From") or ""))[1]
        tos = rcpt or [
            a
            for _, a in getaddresses(
                [str(v) for v in hdrs.get_all("To", []) + hdrs.get_all("Cc", [])]
            )
            if a
        ]
    except Exception:
        sender, tos = mail_from or "", rcpt or []
    return Envelope(mail_from=sender, rcpt_tos=tuple(tos))


def decision_json(file: str, d: Decision) -> dict[str, Any]:
    return {
        "file": file,
        "phi": d.phi,
        "class": str(d.message_class),
        "decision": str(d.action),
        "rules": list(d.rules),
        "findings": [
            {
                "detector": f.detector,
                "part": f.part,
                "count": f.count,
                "confidence": str(f.confidence),
            }
            for f in d.findings
        ],
    }


def cmd_scan(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    engine = _load_engine(args.config, err)
    if engine is None:
        return 1
    status = 0
    for name in args.files:
        try:
            raw = Path(name).read_bytes()
        except OSError as exc:
            print(f"{name}: cannot read: {exc.strerror}", file=err)
            status = 2
            continue
        env = envelope_from_headers(raw, args.mail_from, args.rcpt)
        scan = engine.scan(raw)
        d = engine.decide(env, scan, args.consent)
        if args.json:
            print(json.dumps(decision_json(name, d), sort_keys=False), file=out)
        else:
            rules = ", ".join(d.rules) or "none"
            print(
                f"{name}: {d.action} (phi={str(d.phi).lower()}, class={d.message_class}, "
                f"rules: {rules})",
                file=out,
            )
            for f in d.findings:
                print(f"  {f.detector} in {f.part} x{f.count} ({f.confidence})", file=out)
        if args.explain:
            for line in engine.explain_scan(env, scan, args.consent):
                print(
                    f"  explain: {line}" if args.json else f"  {line}",
                    file=err if args.json else out,
                )
    return status


def cmd_check(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    settings = _settings_or_report(args.config, err)
    if settings is None:
        return 1
    try:
        engine = PolicyEngine.load(settings)
    except PolicyLoadError as exc:
        for line in exc.errors:
            print(line, file=err)
        return 1
    det = engine.detector.spec
    print(
        f"ok: {len(engine.rules)} rules, {len(det.identifiers)} identifiers, "
        f"{len(det.dictionaries)} dictionaries in {settings.dir}",
        file=out,
    )
    for note in engine.detector.notes():
        print(note, file=out)
    return 0


@dataclass
class _Case:
    file: str
    expect: dict[str, Any]
    mail_from: str | None
    rcpt: list[str] | None
    consent: str | None
    where: str


_EXPECT_KEYS = frozenset({"decision", "rules", "phi", "class", "reply_code", "detectors"})
_CASE_KEYS = frozenset({"file", "expect", "mail_from", "rcpt_to", "consent", "name"})


def _read_cases(directory: Path, err: TextIO) -> list[_Case] | None:
    cases: list[_Case] = []
    ok = True
    for path in sorted(directory.glob("*.y*ml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            print(f"{path}: cannot read: {type(exc).__name__}", file=err)
            ok = False
            continue
        if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
            continue
        for i, item in enumerate(data["cases"], 1):
            where = f"{path}: case {i}"
            if not isinstance(item, dict) or not isinstance(item.get("file"), str):
                print(f"{where}: needs 'file'", file=err)
                ok = False
                continue
            unknown = set(item) - _CASE_KEYS
            expect = item.get("expect")
            if unknown or not isinstance(expect, dict) or set(expect) - _EXPECT_KEYS:
                print(
                    f"{where}: keys {sorted(_CASE_KEYS)}; expect keys {sorted(_EXPECT_KEYS)}",
                    file=err,
                )
                ok = False
                continue
            consent = item.get("consent")
            if consent is not None and consent not in CONSENT_STATUSES:
                print(f"{where}: unknown consent status", file=err)
                ok = False
                continue
            rcpt = item.get("rcpt_to")
            cases.append(
                _Case(
                    file=item["file"],
                    expect=expect,
                    mail_from=item.get("mail_from"),
                    rcpt=[rcpt] if isinstance(rcpt, str) else rcpt,
                    consent=consent,
                    where=where,
                )
            )
    return cases if ok else None


def compare(expect: dict[str, Any], d: Decision) -> list[str]:
    """Readable differences between an expected outcome and a decision."""
    diff: list[str] = []
    got: dict[str, Any] = {
        "decision": str(d.action),
        "rules": list(d.rules),
        "phi": d.phi,
        "class": str(d.message_class),
        "reply_code": d.reply_code if d.action is Action.REJECT else None,
    }
    for key in ("decision", "rules", "phi", "class", "reply_code"):
        if key in expect and expect[key] != got[key]:
            diff.append(f"    {key}: expected {expect[key]!r}, got {got[key]!r}")
    if "detectors" in expect:
        found = {f.detector for f in d.findings}
        missing = [x for x in expect["detectors"] if x not in found]
        if missing:
            diff.append(f"    detectors: missing {missing}, found {sorted(found)}")
    return diff


def cmd_test(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    engine = _load_engine(args.config, err)
    if engine is None:
        return 1
    directory = Path(args.dir)
    cases = _read_cases(directory, err)
    if cases is None:
        return 1
    if not cases:
        print(f"{directory}: no cases found (a YAML file with a 'cases:' list)", file=err)
        return 1
    failed = 0
    for case in cases:
        try:
            raw = (directory / case.file).read_bytes()
        except OSError:
            print(f"FAIL {case.file}: cannot read", file=out)
            failed += 1
            continue
        env = envelope_from_headers(raw, case.mail_from, case.rcpt)
        d = engine.evaluate(env, raw, case.consent)
        diff = compare(case.expect, d)
        if diff:
            failed += 1
            print(f"FAIL {case.file} ({case.where})", file=out)
            for line in diff:
                print(line, file=out)
        elif args.verbose:
            print(f"ok   {case.file}", file=out)
    print(f"policy test: {len(cases) - failed} passed, {failed} failed", file=out)
    return 1 if failed else 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``scan`` and ``policy check|test`` to the gateway's argument parser."""
    p = sub.add_parser("scan", help="dry-run detection and policy on saved .eml files")
    p.add_argument("--config", metavar="FILE", help="gateway config file")
    p.add_argument("--json", action="store_true", help="one JSON object per file")
    p.add_argument("--explain", action="store_true", help="say why each rule matched or not")
    p.add_argument("--from", dest="mail_from", metavar="ADDR", help="envelope sender")
    p.add_argument("--to", dest="rcpt", action="append", metavar="ADDR", help="envelope recipient")
    p.add_argument(
        "--consent", choices=sorted(CONSENT_STATUSES - {"none"}), help="consent status to assume"
    )
    p.add_argument("files", nargs="+", metavar="FILE.eml")
    p.set_defaults(func=cmd_scan)

    pol = sub.add_parser("policy", help="check or test the policy")
    psub = pol.add_subparsers(dest="policy_cmd", required=True)
    c = psub.add_parser("check", help="validate every policy and detector file")
    c.add_argument("--config", metavar="FILE", help="gateway config file")
    c.set_defaults(func=cmd_check)
    t = psub.add_parser("test", help="run .eml fixture cases against the policy")
    t.add_argument("--config", metavar="FILE", help="gateway config file")
    t.add_argument("-v", "--verbose", action="store_true", help="list passing cases too")
    t.add_argument("dir", metavar="DIR")
    t.set_defaults(func=cmd_test)


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry for tests and until gateway.__main__ wires register()."""
    parser = argparse.ArgumentParser(prog="phi-gateway")
    sub = parser.add_subparsers(dest="cmd", required=True)
    register(sub)
    args = parser.parse_args(argv)
    rc: int = args.func(args)
    return rc


if __name__ == "__main__":
    sys.exit(main())

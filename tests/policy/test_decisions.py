"""Default-policy decisions on the .eml fixtures, rule semantics, classification, CLI output."""

from __future__ import annotations

import json
import shutil
import textwrap
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml
from formats import message

from gateway.cli_policy import compare, envelope_from_headers, main
from gateway.model import Action, Envelope, MessageClass
from gateway.policy import PolicyEngine, PolicySettings, policy_signature

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "eml"
CASES: list[dict[str, Any]] = yaml.safe_load((FIXTURES / "cases.yaml").read_text())["cases"]
ENV = Envelope("sender@clinic.example", ("someone@example.net",))
PHI = "Patient: Maria Lopez\nDOB: 03/14/1975\nDiagnosed with asthma.\n"


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['file']}-{c.get('consent', '')}")
def test_default_policy_on_fixtures(default_engine: PolicyEngine, case: dict[str, Any]) -> None:
    raw = (FIXTURES / case["file"]).read_bytes()
    env = envelope_from_headers(raw, case.get("mail_from"), case.get("rcpt_to"))
    d = default_engine.evaluate(env, raw, case.get("consent"))
    assert compare(case["expect"], d) == []


def test_phi_in_subject_reply_is_5_7_x_and_echoes_nothing(default_engine: PolicyEngine) -> None:
    d = default_engine.evaluate(ENV, (FIXTURES / "phi_subject.eml").read_bytes())
    assert d.action is Action.REJECT
    assert d.smtp_reply.startswith("550 5.7.")
    assert "Maria" not in d.smtp_reply and "diabetes" not in d.smtp_reply.lower()


def test_consent_placeholder_is_filled(default_engine: PolicyEngine) -> None:
    raw = (FIXTURES / "marketing_phi.eml").read_bytes()
    for status in ("missing", "forged", "expired", "revoked", "wrong_recipient"):
        d = default_engine.evaluate(ENV, raw, status)
        assert d.action is Action.REJECT
        assert d.reply_text == (
            "5.7.1 Marketing message with health information refused: consent " + status
        )


def test_phi_rule_adds_header(default_engine: PolicyEngine) -> None:
    d = default_engine.evaluate(ENV, (FIXTURES / "phi_body.eml").read_bytes())
    assert ("X-PHI-Gateway", "phi; require-tls") in d.edits.add
    assert d.phi and d.message_class is MessageClass.TRANSACTIONAL


def test_detector_exception_is_unscannable_without_content(
    default_engine: PolicyEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*a: object, **k: object) -> object:
        raise ValueError("Patient Maria Lopez 536-90-4399")

    monkeypatch.setattr(default_engine.detector, "detect", boom)
    d = default_engine.evaluate(ENV, (FIXTURES / "phi_body.eml").read_bytes())
    assert d.action is Action.PORTAL
    assert any(f.detector == "unscannable" for f in d.findings)
    assert "Maria" not in repr(d)


@pytest.mark.parametrize(
    "raw",
    [b"", b"\xff" * 1000, b"Subject: =?x?q?", b"Content-Type: multipart/mixed\r\n\r\n--"],
)
def test_evaluate_never_raises(default_engine: PolicyEngine, raw: bytes) -> None:
    default_engine.evaluate(ENV, raw)


def test_evaluate_thread_pool(default_engine: PolicyEngine) -> None:
    raws = [p.read_bytes() for p in sorted(FIXTURES.glob("*.eml")) if "bomb" not in p.name]
    expected = [default_engine.evaluate(ENV, r) for r in raws]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(3):
            got = list(pool.map(lambda r: default_engine.evaluate(ENV, r), raws))
            assert got == expected


def make_engine(tmp_path: Path, rules: str, **settings: Any) -> PolicyEngine:
    d = tmp_path / "p"
    d.mkdir(exist_ok=True)
    shutil.copy(ROOT / "policies" / "detectors.yaml", d)
    shutil.copytree(ROOT / "policies" / "data", d / "data", dirs_exist_ok=True)
    (d / "rules.yaml").write_text(textwrap.dedent(rules))
    return PolicyEngine.load(PolicySettings(dir=d, **settings))


def test_most_restrictive_wins_and_final_decides(tmp_path: Path) -> None:
    eng = make_engine(
        tmp_path,
        """\
        rules:
          - {name: internal, when: {external: false}, action: deliver, final: true,
             add_headers: {X-Internal: "yes"}}
          - {name: q, when: {phi: true}, action: quarantine, pool: phi-pool}
          - {name: t, when: {phi: true}, action: require_tls, subject: "[secure] message"}
        """,
        internal_domains=["*.clinic.example", "clinic.example"],
    )
    raw = message("hello", PHI)
    d = eng.evaluate(Envelope("a@clinic.example", ("b@example.net",)), raw)
    assert d.action is Action.QUARANTINE and d.rules == ("q", "t")
    assert d.edits.subject == "[secure] message" and d.pool == "phi-pool"
    d = eng.evaluate(Envelope("a@clinic.example", ("b@mail.clinic.example",)), raw)
    assert d.action is Action.DELIVER and d.rules == ("internal",)
    assert d.edits.add == (("X-Internal", "yes"),)


def test_conditions(tmp_path: Path) -> None:
    eng = make_engine(
        tmp_path,
        """\
        rules:
          - {name: from-lab, when: {sender_domain: ["*.lab.example"]}, action: require_tls}
          - {name: to-vip, when: {recipient: ["ceo@*"]}, action: portal}
          - {name: big, when: {size_over: 5000}, action: quarantine}
          - {name: hdr, when: {header_matches: {X-Priority: "^1"}}, action: portal}
          - {name: has-hdr, when: {header_present: [X-Secure]}, action: portal}
          - name: ssn-in-attachment
            when: {detectors: [ssn], parts: [attachment], min_confidence: medium}
            action: reject
            reply: "550 5.7.1 SSN in attachment"
          - {name: tls, when: {tls_in: true, authenticated: true}, action: require_tls}
        """,
    )
    small = message("hi", "nothing here")
    assert eng.evaluate(Envelope("x@a.lab.example", ("y@z.example",)), small).rules == ("from-lab",)
    assert eng.evaluate(Envelope("x@q.example", ("CEO@corp.example",)), small).rules == ("to-vip",)
    assert eng.evaluate(ENV, message("hi", "x" * 6000)).rules == ("big",)
    assert eng.evaluate(
        ENV, message("hi", "x", extra_headers={"X-Priority": "1 (High)"})
    ).rules == ("hdr",)
    assert eng.evaluate(ENV, message("hi", "x", extra_headers={"X-Secure": "y"})).rules == (
        "has-hdr",
    )
    d = eng.evaluate(ENV, message("hi", "SSN 536-90-4399", "pdf"))
    assert d.rules == ("ssn-in-attachment",) and d.reply_text == "5.7.1 SSN in attachment"
    assert eng.evaluate(ENV, message("hi", "SSN 536-90-4399")).rules == ()
    env = Envelope("a@b.example", ("c@d.example",), tls_in=True, authenticated_as="app")
    assert eng.evaluate(env, small).rules == ("tls",)


@pytest.mark.parametrize(
    ("headers", "env", "expected"),
    [
        ({}, ENV, MessageClass.TRANSACTIONAL),
        ({"X-Message-Class": "marketing"}, ENV, MessageClass.MARKETING),
        ({"List-Id": "<news.clinic.example>"}, ENV, MessageClass.MARKETING),
        ({"Precedence": "bulk"}, ENV, MessageClass.MARKETING),
        (
            {"List-Unsubscribe": "<https://u.example/x>", "X-Message-Class": "transactional"},
            ENV,
            MessageClass.TRANSACTIONAL,
        ),
        ({}, Envelope("newsletter@clinic.example", ("a@b.example",)), MessageClass.MARKETING),
        ({}, Envelope("a@promo.example", ("a@b.example",)), MessageClass.MARKETING),
        (
            {},
            Envelope("a@b.example", ("c@d.example",), client_ip="192.0.2.7"),
            MessageClass.MARKETING,
        ),
        (
            {},
            Envelope("a@b.example", ("c@d.example",), authenticated_as="crm-bot"),
            MessageClass.MARKETING,
        ),
    ],
)
def test_classification(
    tmp_path: Path, headers: dict[str, str], env: Envelope, expected: MessageClass
) -> None:
    eng = make_engine(
        tmp_path,
        """\
        classification:
          marketing_senders: ["newsletter@*"]
          marketing_domains: [promo.example]
          marketing_networks: [192.0.2.0/24]
          marketing_submitters: ["crm-*"]
        rules:
          - {name: m, when: {class: marketing}, action: require_tls}
        """,
    )
    d = eng.evaluate(env, message("hi", "hello", extra_headers=headers))
    assert d.message_class is expected
    assert (d.rules == ("m",)) == (expected is MessageClass.MARKETING)


def test_policy_signature_changes(tmp_path: Path) -> None:
    eng = make_engine(tmp_path, "rules: []\n")
    before = policy_signature(eng.settings)
    assert before == eng.signature
    (tmp_path / "p" / "rules.yaml").write_text("rules: []\n# changed\n")
    assert policy_signature(eng.settings) != before


def test_settings_model_is_strict() -> None:
    with pytest.raises(ValueError):
        PolicySettings.model_validate({"dir": "x", "bogus": 1})
    s = PolicySettings()
    assert s.dir == Path("policies") and s.limits().max_depth == 20


def cfg(tmp_path: Path) -> str:
    path = tmp_path / "gw.yaml"
    path.write_text(f"policy:\n  dir: {ROOT / 'policies'}\n")
    return str(path)


def test_cli_scan_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(FIXTURES / n) for n in ("phi_pdf.eml", "clean.eml", "phi_subject.eml")]
    assert main(["scan", "--json", "--config", cfg(tmp_path), *files]) == 0
    out = capsys.readouterr().out.splitlines()
    rows = [json.loads(line) for line in out]
    assert [r["decision"] for r in rows] == ["require_tls", "deliver", "reject"]
    assert set(rows[0]) == {"file", "phi", "class", "decision", "rules", "findings"}
    assert {f["part"] for f in rows[0]["findings"]} == {"attachment:1"}
    assert set(rows[0]["findings"][0]) == {"detector", "part", "count", "confidence"}
    text = "\n".join(out)
    assert "report.pdf" not in text and "Maria" not in text and "1975" not in text


def test_cli_scan_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["scan", "--explain", "--config", cfg(tmp_path), str(FIXTURES / "phi_body.eml")]) == 0
    )
    out = capsys.readouterr().out
    assert "rule phi-require-tls: matched -> require_tls" in out
    assert "rule phi-in-subject: not matched (PHI parts: body)" in out
    assert "Maria" not in out


def test_cli_policy_test_pass_and_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "test", "--config", cfg(tmp_path), str(FIXTURES)]) == 0
    assert f"{len(CASES)} passed, 0 failed" in capsys.readouterr().out
    d = tmp_path / "cases"
    d.mkdir()
    shutil.copy(FIXTURES / "phi_body.eml", d)
    (d / "cases.yaml").write_text(
        "cases:\n  - file: phi_body.eml\n    expect: {decision: deliver, rules: []}\n"
    )
    assert main(["policy", "test", "--config", cfg(tmp_path), str(d)]) == 1
    out = capsys.readouterr().out
    assert "FAIL phi_body.eml" in out
    assert "decision: expected 'deliver', got 'require_tls'" in out
    assert "rules: expected [], got ['phi-require-tls']" in out


def test_threads_share_one_engine_without_errors(default_engine: PolicyEngine) -> None:
    raw = (FIXTURES / "phi_body.eml").read_bytes()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                assert default_engine.evaluate(ENV, raw).action is Action.REQUIRE_TLS
        except BaseException as exc:
            errors.append(exc)

    ts = [threading.Thread(target=work) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(timeout=60)
    assert not errors


def test_cli_scan_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--config", cfg(tmp_path), str(tmp_path / "missing.eml")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_explain_carries_no_content(default_engine: PolicyEngine) -> None:
    for name in ("phi_body.eml", "phi_pdf.eml", "marketing_phi.eml", "phi_subject.eml"):
        lines = default_engine.explain(ENV, (FIXTURES / name).read_bytes(), "forged")
        text = "\n".join(lines)
        for secret in ("Maria", "Lopez", "1975", "555-0199", "E11.9", "report.pdf"):
            assert secret not in text
        assert lines[-1].startswith("decision: ")

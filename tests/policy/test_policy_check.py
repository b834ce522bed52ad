"""policy check: every error names path:line:col; loads are all-or-nothing."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from gateway.cli_policy import cmd_check, main
from gateway.model import Action, Envelope
from gateway.policy import PolicyEngine, PolicyLoadError, PolicySettings

ROOT = Path(__file__).resolve().parents[2]

DETECTORS = textwrap.dedent(
    """\
    identifiers:
      ssn:
        kind: person
        validator: ssn
        patterns:
          - regex: '\\b\\d{3}-\\d{2}-\\d{4}\\b'
    dictionaries:
      condition: {terms: [asthma, diabetes]}
    """
)


def load(tmp_path: Path, policy: str) -> list[str]:
    (tmp_path / "detectors.yaml").write_text(DETECTORS)
    (tmp_path / "policy.yaml").write_text(textwrap.dedent(policy))
    with pytest.raises(PolicyLoadError) as info:
        PolicyEngine.load(PolicySettings(dir=tmp_path))
    return [e.replace(str(tmp_path) + "/", "") for e in info.value.errors]


def test_minimal_policy_loads(tmp_path: Path) -> None:
    (tmp_path / "detectors.yaml").write_text(DETECTORS)
    (tmp_path / "policy.yaml").write_text(
        "rules:\n  - {name: a, when: {phi: true}, action: portal}\n"
    )
    engine = PolicyEngine.load(PolicySettings(dir=tmp_path))
    assert [r.name for r in engine.rules] == ["a"]


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        (
            """\
            rules:
              - name: a
                when: {phi: true}
                action: reject
                colour: red
            """,
            "policy.yaml:5:5: rule: unknown key 'colour'",
        ),
        (
            """\
            rules:
              - name: a
                when:
                  phi: "yes"
                action: portal
            """,
            "policy.yaml:4:12: rule 'a'.when.phi: expected true or false",
        ),
        (
            """\
            rules:
              - name: a
                when:
                  header_matches: {Subject: "([unclosed"}
                action: portal
            """,
            "policy.yaml:4:33: rule 'a'.when.header_matches.Subject: invalid regex",
        ),
        (
            """\
            rules:
              - name: a
                when:
                  header_matches: {X-Ref: '^(\\w+\\s?)*$'}
                action: portal
            """,
            "policy.yaml:4:31: rule 'a'.when.header_matches.X-Ref: an unbounded repeat of repeats",
        ),
        (
            """\
            rules:
              - name: a
                when:
                  detectors: [ssn, tattoo]
                action: quarantine
            """,
            "policy.yaml:4:24: rule 'a': unknown detector 'tattoo'",
        ),
        (
            """\
            rules:
              - name: a
                when: {phi: false, phi_in: [subject]}
                action: reject
            """,
            "policy.yaml:3:11: rule 'a'.when: can never match: phi is false",
        ),
        (
            """\
            rules:
              - {name: everything, action: deliver, final: true}
              - name: never
                when: {phi: true}
                action: reject
            """,
            "policy.yaml:3:5: rule 'never': can never match: the final rule 'everything'",
        ),
        (
            """\
            rules:
              - name: a
                when: {phi: true}
                action: explode
            """,
            "policy.yaml:4:13: rule 'a'.action: expected one of deliver",
        ),
        (
            """\
            rules:
              - name: a
                when: {phi: true}
                action: reject
                reply: "550 refused"
            """,
            "policy.yaml:5:12: rule 'a'.reply: expected 'CODE X.7.Y text'",
        ),
        (
            """\
            rules:
              - name: a
                when: {consent: [ok, maybe]}
                action: reject
            """,
            "policy.yaml:3:26: rule 'a'.when.consent: unknown consent status 'maybe'",
        ),
        (
            """\
            rules:
              - name: a
                when: {size_over: 100, size_under: 50}
                action: reject
            """,
            "policy.yaml:3:11: rule 'a'.when: can never match: size_over >= size_under",
        ),
        (
            """\
            rules:
              - name: a
                when: {phi: true
                action: reject
            """,
            "policy.yaml:4:11: YAML syntax error",
        ),
        (
            """\
            identifiers:
              badre:
                patterns: ['(unclosed']
            rules: []
            """,
            "policy.yaml:3:16: identifiers.badre.patterns: invalid regex",
        ),
    ],
)
def test_errors_have_exact_locations(tmp_path: Path, policy: str, expected: str) -> None:
    errors = load(tmp_path, policy)
    assert any(e.startswith(expected) for e in errors), errors


def test_reload_is_all_or_nothing(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "policies", tmp_path / "p")
    settings = PolicySettings(dir=tmp_path / "p")
    old = PolicyEngine.load(settings)
    text = (tmp_path / "p" / "default.yaml").read_text()
    (tmp_path / "p" / "default.yaml").write_text(text.replace("action: portal", "action: portl"))
    with pytest.raises(PolicyLoadError) as info:
        PolicyEngine.load(settings)
    assert any(":" in e and "default.yaml:" in e and "action" in e for e in info.value.errors)
    # The caller keeps the old engine, which still works.
    raw = (ROOT / "tests" / "fixtures" / "eml" / "deep_nesting.eml").read_bytes()
    assert old.evaluate(Envelope("a@b.example", ("c@d.example",)), raw).action is Action.PORTAL


def test_cli_check_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "gw.yaml"
    cfg.write_text(f"policy:\n  dir: {ROOT / 'policies'}\n")
    assert main(["policy", "check", "--config", str(cfg)]) == 0
    assert capsys.readouterr().out.startswith("ok: ")
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "detectors.yaml").write_text(DETECTORS)
    (tmp_path / "p" / "x.yaml").write_text(
        "rules:\n  - {name: a, action: reject, when: {clas: x}}\n"
    )
    cfg.write_text(f"policy:\n  dir: {tmp_path / 'p'}\n")
    assert main(["policy", "check", "--config", str(cfg)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'p' / 'x.yaml'}:2:38: rule 'a'.when: unknown key 'clas'" in err
    assert cmd_check  # importable handler

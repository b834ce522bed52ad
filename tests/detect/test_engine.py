"""Detector behaviour: context, negatives, the PHI verdict, and both matching paths."""

from __future__ import annotations

import random
import threading

import pytest

from gateway.detect.engine import HAVE_HYPERSCAN, DetectorEngine
from gateway.model import Confidence


def found(engine: DetectorEngine, text: str) -> dict[str, Confidence]:
    out: dict[str, Confidence] = {}
    for h in engine.scan_text(text):
        out[h.detector] = max(out.get(h.detector, Confidence.LOW), h.confidence)
    return out


def phi(engine: DetectorEngine, text: str, part: str = "body") -> bool:
    return engine.detect([(part, text)]).phi


@pytest.mark.parametrize(
    ("text", "detector", "level"),
    [
        ("SSN 536-90-4399", "ssn", Confidence.HIGH),
        ("ref 536-90-4399", "ssn", Confidence.MEDIUM),
        ("social security number 536904399", "ssn", Confidence.MEDIUM),
        ("Medicare MBI 1EG4-TE5-MK73", "mbi", Confidence.HIGH),
        ("MRN: 00123456", "mrn", Confidence.HIGH),
        ("Member ID: XJH123456789", "member_id", Confidence.HIGH),
        ("Provider NPI 1245319599", "npi", Confidence.HIGH),
        ("DEA number AB1234563", "dea", Confidence.HIGH),
        ("dx E11.9 today", "icd10", Confidence.HIGH),
        ("NDC 0002-3227-30 dispensed", "ndc", Confidence.HIGH),
        ("DOB: 03/14/1975", "dob", Confidence.HIGH),
        ("patient cell (415) 555-0199", "phone", Confidence.MEDIUM),
        ("patient email maria.lopez@example.net", "email", Confidence.MEDIUM),
        ("patient lives at 12 Oak Street", "street_address", Confidence.MEDIUM),
        ("bank account 12345678", "account_number", Confidence.MEDIUM),
        ("routing number 021000021", "aba_routing", Confidence.HIGH),
        ("visa card 4111 1111 1111 1111", "card", Confidence.HIGH),
        ("patient portal login from 203.0.113.9", "ip_address", Confidence.MEDIUM),
        ("patient portal https://mychart.example/p/123", "url", Confidence.MEDIUM),
        ("Patient: Maria Lopez", "person_name", Confidence.HIGH),
        ("Results for Maria Lopez", "known_name", Confidence.MEDIUM),
        ("Dr. Maria Lopez", "known_name", Confidence.LOW),
        ("has type 2 diabetes", "condition", Confidence.MEDIUM),
        ("history: HIV-AIDS\u2014stable", "condition", Confidence.MEDIUM),
        ("on\u00a0metformin.", "medication", Confidence.MEDIUM),
        ("takes metformin", "medication", Confidence.MEDIUM),
        ("scheduled colonoscopy", "procedure", Confidence.MEDIUM),
        ("hemoglobin A1C result", "lab_test", Confidence.MEDIUM),
        ("seen in cardiology", "specialty", Confidence.LOW),
    ],
)
def test_detector_fires(
    engine: DetectorEngine, text: str, detector: str, level: Confidence
) -> None:
    got = found(engine, text)
    assert got.get(detector) == level, got


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("order 536904399 shipped", "ssn"),  # unformatted SSN without context
        ("SSN 000-12-3456", "ssn"),  # invalid area
        ("vitamin B12 and A1C are words", "icd10"),  # not ICD-10-CM codes
        ("room E11 is free", "icd10"),  # valid category, no context
        ("NPI 1234567890", "npi"),  # Luhn fails
        ("call 1245319599", "npi"),  # no context
        ("DEA number AB1234564", "dea"),  # check digit fails
        ("card 4111 1111 1111 1112", "card"),  # Luhn fails
        ("meeting on 03/14/1975", "dob"),  # a date without birth context
        ("12345678 is a number", "account_number"),
        ("server 10.1.2.3", "ip_address"),
        ("archive of shivering", "condition"),  # whole words only ("hiv" inside words)
        ("Dear Valued Member,", "person_name"),
        ("Board Meeting Agenda", "known_name"),
        ("Customer Service team", "known_name"),
        ("tracking number 00123456", "mrn"),
    ],
)
def test_detector_does_not_fire(engine: DetectorEngine, text: str, detector: str) -> None:
    assert detector not in found(engine, text)


def test_negative_context_lowers_confidence(engine: DetectorEngine) -> None:
    assert found(engine, "order confirmation 536-90-4399")["ssn"] == Confidence.LOW
    assert "phone" not in found(engine, "Clinic fax (415) 555-0101")


def test_phi_needs_person_and_health(engine: DetectorEngine) -> None:
    assert phi(engine, "Patient: Maria Lopez was diagnosed with asthma.")
    assert not phi(engine, "Asthma and diabetes are common. Metformin helps.")
    assert not phi(engine, "Patient: Maria Lopez has an appointment on Monday.")
    assert not phi(engine, "Dr. Alan Reyes, Cardiology. Tel (415) 555-0100, NPI 1245319599")


def test_health_id_with_context_is_phi_alone(engine: DetectorEngine) -> None:
    assert phi(engine, "Medicare beneficiary 1EG4-TE5-MK73 eligible")
    assert phi(engine, "MRN: 00123456")


def test_phi_parts(engine: DetectorEngine) -> None:
    det = engine.detect(
        [("subject", "Diabetes follow-up"), ("body", "Patient: Maria Lopez has asthma")]
    )
    assert det.phi and det.phi_parts == frozenset({"body"})
    det = engine.detect([("subject", "SSN 536-90-4399"), ("body", "Diagnosed with asthma")])
    assert det.phi_parts == frozenset({"subject", "body"}) or "subject" in det.phi_parts


def test_findings_carry_no_text(engine: DetectorEngine) -> None:
    det = engine.detect([("body", "Patient: Maria Lopez SSN 536-90-4399 has asthma")])
    dump = repr(det.findings)
    assert "Maria" not in dump and "536" not in dump and "asthma" not in dump
    for f in det.findings:
        assert f.offsets and all(0 <= s < e for s, e in f.offsets)


def test_offsets_with_non_ascii_text(engine: DetectorEngine) -> None:
    text = "Café İstanbul — Patient: Maria Lopez SSN 536-90-4399"
    hits = {h.detector: h for h in engine.scan_text(text)}
    h = hits["ssn"]
    assert text[h.start : h.end] == "536-90-4399"


def corpus() -> list[str]:
    rng = random.Random(7)
    words = [
        "patient",
        "order",
        "SSN",
        "DOB",
        "MRN:",
        "call",
        "fax",
        "diabetes",
        "E11.9",
        "B12",
        "Medicare",
        "NPI",
        "visa",
        "é",
        "İ",
        "routing",
        "account",
        "Dear",
        "Maria",
        "Lopez",
    ]
    out = []
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(5, 40)):
            r = rng.random()
            if r < 0.5:
                parts.append(rng.choice(words))
            elif r < 0.8:
                parts.append("".join(rng.choice("0123456789") for _ in range(rng.randint(3, 17))))
            else:
                parts.append(
                    f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
                )
        out.append(rng.choice([" ", "\n", "-", ": "]).join(parts))
    return out


@pytest.mark.skipif(not HAVE_HYPERSCAN, reason="hyperscan not installed")
def test_hyperscan_and_re_paths_agree(engine: DetectorEngine, re_engine: DetectorEngine) -> None:
    assert engine.uses_hyperscan and not re_engine.uses_hyperscan
    for text in corpus():
        a = sorted(engine.scan_text(text), key=lambda h: (h.detector, h.start, h.end))
        b = sorted(re_engine.scan_text(text), key=lambda h: (h.detector, h.start, h.end))
        assert a == b


def test_thread_safety(engine: DetectorEngine) -> None:
    texts = corpus()[:60]
    expected = [engine.scan_text(t) for t in texts]
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(3):
                for t, exp in zip(texts, expected, strict=True):
                    assert engine.scan_text(t) == exp
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors


def test_context_window_and_full_pass_modes_agree(
    engine: DetectorEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = corpus()[:100]
    monkeypatch.setattr(engine, "full_pass_chars", 0)  # always per window
    windowed = [engine.scan_text(t) for t in texts]
    monkeypatch.setattr(engine, "full_pass_chars", 10**9)  # always one full pass
    full = [engine.scan_text(t) for t in texts]
    assert windowed == full
    assert any(windowed)


@pytest.mark.skipif(not HAVE_HYPERSCAN, reason="hyperscan not installed")
def test_paths_agree_on_realistic_corpus(engine: DetectorEngine, re_engine: DetectorEngine) -> None:
    from generate import generate

    from gateway.parse import parse_message

    for sample in generate(per_template=1):
        for part in parse_message(sample.raw).parts:
            assert engine.scan_text(part.text) == re_engine.scan_text(part.text)

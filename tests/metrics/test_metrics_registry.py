"""gateway.metrics: names, bounded labels, no addresses in labels."""

from __future__ import annotations

import pytest
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from gateway.metrics import METRICS, Metrics
from gateway.model import Action, MessageClass

EXPECTED = {
    "phi_gateway_messages_total": {"direction", "class", "decision"},
    "phi_gateway_smtp_replies_total": {"stage", "code_class"},
    "phi_gateway_phi_findings_total": {"detector", "part"},
    "phi_gateway_deliveries_total": {"result", "tls_source"},
    "phi_gateway_tls_failures_total": {"reason"},
    "phi_gateway_queue_messages": {"state"},
    "phi_gateway_queue_oldest_age_seconds": set(),
    "phi_gateway_ratelimit_deferrals_total": {"pool"},
    "phi_gateway_pool_sent_total": {"pool"},
    "phi_gateway_pool_open_connections": {"pool"},
    "phi_gateway_portal_events_total": {"event"},
    "phi_gateway_consent_outcomes_total": {"outcome"},
    "phi_gateway_policy_reloads_total": {"result"},
    "phi_gateway_policy_last_reload_ok": set(),
    "phi_gateway_audit_write_failures_total": set(),
    "phi_gateway_audit_records_total": {"event"},
    "phi_gateway_stage_seconds_bucket": {"stage", "le"},
    "phi_gateway_connections_open": set(),
    "phi_gateway_auth_failures_total": set(),
    "phi_gateway_relay_denied_total": set(),
}


def _samples(m: Metrics) -> list[tuple[str, dict[str, str], float]]:
    text = generate_latest(m.registry).decode()
    return [
        (s.name, dict(s.labels), s.value)
        for fam in text_string_to_metric_families(text)
        for s in fam.samples
    ]


def _exercise(m: Metrics) -> None:
    m.count_message("in", MessageClass.MARKETING, Action.PORTAL)
    m.count_message("out", "transactional", "deliver")
    m.count_reply("rcpt", 550)
    m.count_reply("data", 354)
    m.count_finding("us_ssn", "attachment:John Smith chart.pdf", 2)
    m.count_finding("mrn", "header:X-Patient", 1)
    m.count_delivery("delivered", "dane")
    m.count_tls_failure("verify")
    m.set_queue("deferred", 7)
    m.set_queue_oldest_age(12.5)
    m.count_ratelimit_deferral("bulk")
    m.count_pool_sent("transactional")
    m.pool_connection_opened("bulk")
    m.count_portal_event("viewed")
    m.count_consent("forged")
    m.policy_reloaded(False)
    m.count_audit_record("accepted")
    m.count_audit_failure()
    m.observe_stage("scan", 0.003)
    with m.time_stage("dkim"):
        pass
    m.connection_opened()
    m.count_auth_failure()
    m.count_relay_denied()


def test_every_documented_metric_exists_with_its_labels() -> None:
    m = Metrics()
    _exercise(m)
    found: dict[str, set[str]] = {}
    for name, labels, _ in _samples(m):
        found.setdefault(name, set()).update(labels)
    for name, expected in EXPECTED.items():
        assert name in found, name
        assert found[name] == expected, name


def test_instances_do_not_share_a_registry() -> None:
    a, b = Metrics(), Metrics()
    a.count_auth_failure()
    assert a.auth_failures_total._value.get() == 1
    assert b.auth_failures_total._value.get() == 0
    assert METRICS.registry is not a.registry


def test_values_are_counted() -> None:
    m = Metrics()
    _exercise(m)
    s = {(n, tuple(sorted(lab.items()))): v for n, lab, v in _samples(m)}
    findings = ("phi_gateway_phi_findings_total", (("detector", "us_ssn"), ("part", "attachment")))
    assert s[findings] == 2
    assert s[("phi_gateway_smtp_replies_total", (("code_class", "5xx"), ("stage", "rcpt")))] == 1
    assert s[("phi_gateway_smtp_replies_total", (("code_class", "2xx"), ("stage", "data")))] == 1
    assert s[("phi_gateway_policy_last_reload_ok", ())] == 0
    assert s[("phi_gateway_policy_reloads_total", (("result", "failed"),))] == 1
    m.policy_reloaded(True)
    assert m.policy_last_reload_ok._value.get() == 1


def test_enumerated_series_start_at_zero() -> None:
    names = {(n, tuple(sorted(lab.items()))) for n, lab, _ in _samples(Metrics())}
    assert (
        "phi_gateway_messages_total",
        (("class", "marketing"), ("decision", "reject"), ("direction", "out")),
    ) in names
    assert ("phi_gateway_portal_events_total", (("event", "locked"),)) in names


@pytest.mark.parametrize(
    ("call", "args"),
    [
        ("count_message", ("sideways", "transactional", "deliver")),
        ("count_message", ("in", "spam", "deliver")),
        ("count_message", ("in", "transactional", "maybe")),
        ("count_reply", ("quit", 250)),
        ("count_reply", ("rcpt", 999)),
        ("count_delivery", ("lost", "dane")),
        ("count_delivery", ("delivered", "hope")),
        ("count_tls_failure", ("cosmic_ray",)),
        ("set_queue", ("limbo", 1)),
        ("count_portal_event", ("printed",)),
        ("count_consent", ("maybe",)),
        ("observe_stage", ("parse", 1.0)),
    ],
)
def test_unknown_enumerated_label_value_is_rejected(call: str, args: tuple[object, ...]) -> None:
    with pytest.raises(ValueError):
        getattr(Metrics(), call)(*args)


def test_no_address_ever_becomes_a_label_value() -> None:
    m = Metrics()
    _exercise(m)
    hostile = "John.Smith+mrn12345@patients.example.org"
    m.count_finding(hostile, f"attachment:{hostile}")
    m.count_ratelimit_deferral(hostile)
    m.count_pool_sent(hostile)
    m.pool_connection_opened(hostile)
    m.count_audit_record(hostile)
    for name, labels, _ in _samples(m):
        for key, value in labels.items():
            assert "@" not in value, (name, key)
            assert "smith" not in value.lower(), (name, key)
    text = generate_latest(m.registry).decode().lower()
    assert "smith" not in text and "patients.example" not in text


def test_free_name_labels_are_capped() -> None:
    m = Metrics()
    for i in range(500):
        m.count_finding(f"detector{i}", "body")
    name = "phi_gateway_phi_findings_total"
    detectors = {lab["detector"] for n, lab, _ in _samples(m) if n == name}
    assert len(detectors) <= 201
    assert "other" in detectors


def test_metric_names_lists_sample_names() -> None:
    names = Metrics().metric_names()
    assert "phi_gateway_stage_seconds_bucket" in names
    assert "phi_gateway_messages_total" in names
    assert "phi_gateway_queue_oldest_age_seconds" in names

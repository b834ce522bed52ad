"""The /metrics, /healthz, /readyz listener over a real socket on port 0."""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from gateway.metrics import Metrics, MetricsServer, start_http


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as err:
        body = err.read()
        return err.code, err.headers.get("Content-Type", ""), body


class Checks:
    def __init__(self) -> None:
        self.state = {"spool": True, "policy": True, "audit": True}
        self.lock = threading.Lock()

    def __call__(self) -> dict[str, bool]:
        with self.lock:
            return dict(self.state)


@pytest.fixture
def served() -> Iterator[tuple[MetricsServer, Metrics, Checks]]:
    m = Metrics()
    checks = Checks()
    server = start_http("127.0.0.1", 0, checks, metrics=m)
    try:
        yield server, m, checks
    finally:
        server.close()


def test_port_zero_binds_a_real_port(served: tuple[MetricsServer, Metrics, Checks]) -> None:
    server, _, _ = served
    assert server.port > 0
    assert server.url == f"http://127.0.0.1:{server.port}"


def test_metrics_endpoint_serves_this_instance(
    served: tuple[MetricsServer, Metrics, Checks],
) -> None:
    server, m, _ = served
    m.count_relay_denied()
    status, ctype, body = _get(server.url + "/metrics")
    assert status == 200
    assert ctype.startswith("text/plain")
    assert b"phi_gateway_relay_denied_total 1.0" in body
    assert b"phi_gateway_messages_total" in body


def test_healthz(served: tuple[MetricsServer, Metrics, Checks]) -> None:
    server, _, _ = served
    status, _, body = _get(server.url + "/healthz")
    assert (status, body) == (200, b"ok\n")


def test_readyz_ok_then_failing(served: tuple[MetricsServer, Metrics, Checks]) -> None:
    server, _, checks = served
    status, ctype, body = _get(server.url + "/readyz")
    assert status == 200
    assert ctype == "application/json"
    assert json.loads(body) == {
        "ready": True,
        "checks": {"spool": True, "policy": True, "audit": True},
        "failed": [],
    }
    with checks.lock:
        checks.state["audit"] = False
        checks.state["spool"] = False
    status, _, body = _get(server.url + "/readyz")
    assert status == 503
    doc = json.loads(body)
    assert doc["ready"] is False
    assert doc["failed"] == ["audit", "spool"]


def test_readyz_check_raising_is_503_without_trace() -> None:
    def broken() -> dict[str, bool]:
        raise RuntimeError("secret detail that must not leak")

    with start_http("127.0.0.1", 0, broken, metrics=Metrics()) as server:
        status, _, body = _get(server.url + "/readyz")
    assert status == 503
    assert b"secret" not in body
    assert json.loads(body)["failed"] == ["readiness"]


def test_unknown_path_and_method(served: tuple[MetricsServer, Metrics, Checks]) -> None:
    server, _, _ = served
    assert _get(server.url + "/nope")[0] == 404
    req = urllib.request.Request(server.url + "/metrics", data=b"x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=5)
    assert err.value.code == 405


def test_close_releases_the_port() -> None:
    server = start_http("127.0.0.1", 0, dict, metrics=Metrics())
    port = server.port
    assert _get(server.url + "/healthz")[0] == 200
    server.close()
    server.close()  # idempotent
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_two_instances_side_by_side() -> None:
    a_m, b_m = Metrics(), Metrics()
    a_m.count_auth_failure()
    with (
        start_http("127.0.0.1", 0, dict, metrics=a_m) as a,
        start_http("127.0.0.1", 0, dict, metrics=b_m) as b,
    ):
        assert a.port != b.port
        assert b"phi_gateway_auth_failures_total 1.0" in _get(a.url + "/metrics")[2]
        assert b"phi_gateway_auth_failures_total 0.0" in _get(b.url + "/metrics")[2]

"""Every Prometheus metric the gateway exports, defined in one place, plus the
small HTTP listener that serves /metrics, /healthz and /readyz.

Labels are bounded on purpose: each label is either an enumerated set written
down here (checked when a helper is used) or a configured name (detector, pool)
that is sanitised and capped. An address never becomes a label value: a value
containing "@" is replaced by ``invalid`` because one address per series would
both leak metadata about patients' correspondents and explode cardinality.

Each :class:`Metrics` owns its own ``CollectorRegistry`` so several gateway
instances in one test process do not collide on the global registry; the
running gateway uses the module-level :data:`METRICS`.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Final
from wsgiref.simple_server import WSGIServer, make_server

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, make_wsgi_app
from prometheus_client.exposition import ThreadingWSGIServer, _SilentHandler

PREFIX: Final = "phi_gateway_"

# Enumerated label values. A helper given anything else raises ValueError: the
# values come from code constants, so an unknown one is a programming error a
# test should catch, not something to turn into a new series at run time.
DIRECTIONS: Final = ("in", "out")
CLASSES: Final = ("transactional", "marketing")
DECISIONS: Final = ("deliver", "require_tls", "portal", "quarantine", "reject")
SMTP_STAGES: Final = ("connect", "helo", "mail", "rcpt", "data", "auth")
CODE_CLASSES: Final = ("2xx", "4xx", "5xx")
PARTS: Final = ("subject", "header", "body", "attachment", "unscannable")
DELIVERY_RESULTS: Final = ("delivered", "deferred", "bounced")
TLS_SOURCES: Final = ("dane", "mta-sts", "local", "none")
TLS_FAILURE_REASONS: Final = ("no_starttls", "handshake", "verify", "version", "other")
QUEUE_STATES: Final = ("active", "deferred", "quarantine", "hold")
PORTAL_EVENTS: Final = (
    "stored",
    "notified",
    "viewed",
    "downloaded",
    "replied",
    "expired",
    "revoked",
    "code_failed",
    "locked",
)
CONSENT_OUTCOMES: Final = (
    "ok",
    "missing",
    "malformed",
    "forged",
    "expired",
    "revoked",
    "wrong_recipient",
    "wrong_purpose",
)
RELOAD_RESULTS: Final = ("ok", "failed")
PIPELINE_STAGES: Final = ("accept", "scan", "spool", "deliver", "dkim")
READINESS_CHECKS: Final = ("spool", "policy", "audit")

# Free-form names (detector, pool, audit event) come from code or config. They
# are sanitised to a safe alphabet and capped per label so a misconfiguration
# cannot create unbounded series.
_NAME_RE: Final = re.compile(r"[^a-z0-9_.\-]")
_MAX_NAME_LEN: Final = 64
_MAX_NAMES_PER_LABEL: Final = 200
OVERFLOW_LABEL: Final = "other"
INVALID_LABEL: Final = "invalid"

# Seconds. Scan and DKIM are milliseconds; delivery to a slow MX can take
# minutes, so the buckets span both.
_STAGE_BUCKETS: Final = (
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
    30.0,
    60.0,
    120.0,
    300.0,
)


def _check(label: str, value: str, allowed: Iterable[str]) -> str:
    if value not in allowed:
        raise ValueError(f"metric label {label}={value!r} is not one of the documented values")
    return value


def code_class(code: int) -> str:
    """Map an SMTP reply code to its class label (2xx/4xx/5xx); 3xx counts as 2xx
    because 354 is the positive intermediate reply to DATA, not an error."""
    if 200 <= code < 400:
        return "2xx"
    if 400 <= code < 500:
        return "4xx"
    if 500 <= code < 600:
        return "5xx"
    raise ValueError(f"not an SMTP reply code: {code}")


def part_kind(part: str) -> str:
    """Reduce a Finding.part such as ``header:X-Foo`` or ``attachment:NAME`` to its
    kind: attachment names can themselves be PHI, and header names are unbounded."""
    kind = part.split(":", 1)[0]
    return kind if kind in PARTS else "unscannable"


class Metrics:
    """All gateway metrics on one private registry.

    The raw prometheus_client objects are public attributes (named as exported,
    without the ``phi_gateway_`` prefix) for callers that need them; the helper
    methods check label values and are the preferred way to count.
    """

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self._names_lock = threading.Lock()
        self._names_seen: dict[str, set[str]] = {}
        r = self.registry
        p = PREFIX

        self.messages_total = Counter(
            p + "messages_total",
            "Messages by direction, class and policy decision.",
            ["direction", "class", "decision"],
            registry=r,
        )
        self.smtp_replies_total = Counter(
            p + "smtp_replies_total",
            "SMTP replies sent to clients, by protocol stage and reply class.",
            ["stage", "code_class"],
            registry=r,
        )
        self.phi_findings_total = Counter(
            p + "phi_findings_total",
            "PHI detector findings (count of matches) by detector and part kind.",
            ["detector", "part"],
            registry=r,
        )
        self.deliveries_total = Counter(
            p + "deliveries_total",
            "Outbound delivery attempts per recipient, by result and TLS policy source.",
            ["result", "tls_source"],
            registry=r,
        )
        self.tls_failures_total = Counter(
            p + "tls_failures_total",
            "Outbound TLS failures by reason.",
            ["reason"],
            registry=r,
        )
        self.queue_messages = Gauge(
            p + "queue_messages",
            "Messages in the spool by state.",
            ["state"],
            registry=r,
            multiprocess_mode="livemax",
        )
        self.queue_oldest_age_seconds = Gauge(
            p + "queue_oldest_age_seconds",
            "Age of the oldest message still in the active or deferred queue.",
            registry=r,
            multiprocess_mode="livemax",
        )
        self.ratelimit_deferrals_total = Counter(
            p + "ratelimit_deferrals_total",
            "Messages deferred by outbound rate limiting, by IP pool.",
            ["pool"],
            registry=r,
        )
        self.pool_sent_total = Counter(
            p + "pool_sent_total",
            "Messages sent, by outbound IP pool.",
            ["pool"],
            registry=r,
        )
        self.pool_open_connections = Gauge(
            p + "pool_open_connections",
            "Open outbound SMTP connections, by IP pool.",
            ["pool"],
            registry=r,
            multiprocess_mode="livesum",
        )
        self.portal_events_total = Counter(
            p + "portal_events_total",
            "Secure portal events.",
            ["event"],
            registry=r,
        )
        self.consent_outcomes_total = Counter(
            p + "consent_outcomes_total",
            "Marketing consent token verification outcomes.",
            ["outcome"],
            registry=r,
        )
        self.policy_reloads_total = Counter(
            p + "policy_reloads_total",
            "Policy reloads by result.",
            ["result"],
            registry=r,
        )
        self.policy_last_reload_ok = Gauge(
            p + "policy_last_reload_ok",
            "1 if the most recent policy reload succeeded, else 0.",
            registry=r,
            multiprocess_mode="livemin",
        )
        self.audit_write_failures_total = Counter(
            p + "audit_write_failures_total",
            "Audit records that could not be written (the gateway then refuses mail).",
            registry=r,
        )
        self.audit_records_total = Counter(
            p + "audit_records_total",
            "Audit records written, by event.",
            ["event"],
            registry=r,
        )
        self.stage_seconds = Histogram(
            p + "stage_seconds",
            "Time spent in each pipeline stage.",
            ["stage"],
            buckets=_STAGE_BUCKETS,
            registry=r,
        )
        self.connections_open = Gauge(
            p + "connections_open",
            "Inbound SMTP connections currently open.",
            registry=r,
            multiprocess_mode="livesum",
        )
        self.auth_failures_total = Counter(
            p + "auth_failures_total",
            "Failed SMTP AUTH attempts.",
            registry=r,
        )
        self.relay_denied_total = Counter(
            p + "relay_denied_total",
            "Recipients refused because the client may not relay to them.",
            registry=r,
        )
        self._prime()

    def _prime(self) -> None:
        """Create every enumerated series at zero so rate() and alerts see a 0
        rather than an absent series before the first event."""
        for d in DIRECTIONS:
            for c in CLASSES:
                for dec in DECISIONS:
                    self.messages_total.labels(d, c, dec)
        for s in SMTP_STAGES:
            for cc in CODE_CLASSES:
                self.smtp_replies_total.labels(s, cc)
        for res in DELIVERY_RESULTS:
            for src in TLS_SOURCES:
                self.deliveries_total.labels(res, src)
        for reason in TLS_FAILURE_REASONS:
            self.tls_failures_total.labels(reason)
        for state in QUEUE_STATES:
            self.queue_messages.labels(state)
        for ev in PORTAL_EVENTS:
            self.portal_events_total.labels(ev)
        for out in CONSENT_OUTCOMES:
            self.consent_outcomes_total.labels(out)
        for res in RELOAD_RESULTS:
            self.policy_reloads_total.labels(res)
        for st in PIPELINE_STAGES:
            self.stage_seconds.labels(st)

    def name_label(self, label: str, value: str) -> str:
        """Sanitise a configured name (detector, pool, audit event) for use as a
        label value: safe alphabet, bounded length, never an address, and at
        most a fixed number of distinct values per label."""
        if "@" in value:
            return INVALID_LABEL
        clean = _NAME_RE.sub("_", value.strip().lower())[:_MAX_NAME_LEN] or INVALID_LABEL
        with self._names_lock:
            seen = self._names_seen.setdefault(label, set())
            if clean not in seen:
                if len(seen) >= _MAX_NAMES_PER_LABEL:
                    return OVERFLOW_LABEL
                seen.add(clean)
        return clean

    # --- helpers: the preferred way to count -------------------------------

    def count_message(self, direction: str, message_class: object, decision: object) -> None:
        """Count one message. ``message_class`` and ``decision`` may be the
        model enums (MessageClass, Action): their str() is the label value."""
        self.messages_total.labels(
            _check("direction", direction, DIRECTIONS),
            _check("class", str(message_class), CLASSES),
            _check("decision", str(decision), DECISIONS),
        ).inc()

    def count_reply(self, stage: str, code: int) -> None:
        """Count one SMTP reply given its numeric code."""
        self.smtp_replies_total.labels(_check("stage", stage, SMTP_STAGES), code_class(code)).inc()

    def count_finding(self, detector: str, part: str, count: int = 1) -> None:
        """Count detector matches; ``part`` may be a raw Finding.part."""
        self.phi_findings_total.labels(self.name_label("detector", detector), part_kind(part)).inc(
            max(count, 0)
        )

    def count_delivery(self, result: str, tls_source: str) -> None:
        """Count one per-recipient delivery attempt outcome."""
        self.deliveries_total.labels(
            _check("result", result, DELIVERY_RESULTS),
            _check("tls_source", tls_source, TLS_SOURCES),
        ).inc()

    def count_tls_failure(self, reason: str) -> None:
        self.tls_failures_total.labels(_check("reason", reason, TLS_FAILURE_REASONS)).inc()

    def set_queue(self, state: str, count: int) -> None:
        self.queue_messages.labels(_check("state", state, QUEUE_STATES)).set(count)

    def set_queue_oldest_age(self, seconds: float) -> None:
        self.queue_oldest_age_seconds.set(max(seconds, 0.0))

    def count_ratelimit_deferral(self, pool: str) -> None:
        self.ratelimit_deferrals_total.labels(self.name_label("pool", pool)).inc()

    def count_pool_sent(self, pool: str) -> None:
        self.pool_sent_total.labels(self.name_label("pool", pool)).inc()

    def pool_connection_opened(self, pool: str) -> None:
        self.pool_open_connections.labels(self.name_label("pool", pool)).inc()

    def pool_connection_closed(self, pool: str) -> None:
        self.pool_open_connections.labels(self.name_label("pool", pool)).dec()

    def count_portal_event(self, event: str) -> None:
        self.portal_events_total.labels(_check("event", event, PORTAL_EVENTS)).inc()

    def count_consent(self, outcome: str) -> None:
        self.consent_outcomes_total.labels(_check("outcome", outcome, CONSENT_OUTCOMES)).inc()

    def policy_reloaded(self, ok: bool) -> None:
        """Record a policy (re)load; also sets the last-reload gauge alerts watch."""
        self.policy_reloads_total.labels("ok" if ok else "failed").inc()
        self.policy_last_reload_ok.set(1 if ok else 0)

    def count_audit_record(self, event: str) -> None:
        self.audit_records_total.labels(self.name_label("event", event)).inc()

    def count_audit_failure(self) -> None:
        self.audit_write_failures_total.inc()

    def connection_opened(self) -> None:
        self.connections_open.inc()

    def connection_closed(self) -> None:
        self.connections_open.dec()

    def count_auth_failure(self) -> None:
        self.auth_failures_total.inc()

    def count_relay_denied(self) -> None:
        self.relay_denied_total.inc()

    def observe_stage(self, stage: str, seconds: float) -> None:
        self.stage_seconds.labels(_check("stage", stage, PIPELINE_STAGES)).observe(seconds)

    @contextmanager
    def time_stage(self, stage: str) -> Iterator[None]:
        """``with METRICS.time_stage("scan"): ...`` observes the block's duration,
        also when it raises."""
        with self.stage_seconds.labels(_check("stage", stage, PIPELINE_STAGES)).time():
            yield

    def metric_names(self) -> set[str]:
        """Every exported sample name (with _total/_bucket/... suffixes) and
        family name: used by tests that check deploy/ references real metrics."""
        names: set[str] = set()
        for family in self.registry.collect():
            names.add(family.name)
            if family.type == "counter":
                names.add(family.name + "_total")
            elif family.type == "histogram":
                names.update(family.name + s for s in ("_bucket", "_sum", "_count"))
            for sample in family.samples:
                names.add(sample.name)
        return names


METRICS: Final = Metrics()
"""The process-wide instance the running gateway counts on."""


Readiness = Callable[[], dict[str, bool]]
_JSON: Final = [("Content-Type", "application/json"), ("Cache-Control", "no-store")]
_TEXT: Final = [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-store")]


def _make_app(
    metrics: Metrics, readiness: Readiness, registry: CollectorRegistry | None = None
) -> Callable[..., Iterable[bytes]]:
    metrics_app = make_wsgi_app(registry if registry is not None else metrics.registry)

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")
        if method not in ("GET", "HEAD"):
            start_response("405 Method Not Allowed", [*_TEXT, ("Allow", "GET, HEAD")])
            return [b"method not allowed\n"]
        if path == "/metrics":
            result: Iterable[bytes] = metrics_app(environ, start_response)
            return result
        if path == "/healthz":
            # Liveness only: answering at all proves the process is not wedged.
            start_response("200 OK", _TEXT)
            return [b"ok\n"]
        if path == "/readyz":
            try:
                checks = {str(k): bool(v) for k, v in readiness().items()}
            except Exception:  # a broken check means "not ready", never a 500 trace
                checks = {"readiness": False}
            failed = sorted(k for k, ok in checks.items() if not ok)
            body = json.dumps(
                {"ready": not failed, "checks": checks, "failed": failed}, sort_keys=True
            ).encode()
            status = "200 OK" if not failed else "503 Service Unavailable"
            start_response(status, [*_JSON, ("Content-Length", str(len(body)))])
            return [body]
        start_response("404 Not Found", _TEXT)
        return [b"not found\n"]

    return app


class MetricsServer:
    """A running metrics/health listener on a background thread."""

    def __init__(self, httpd: WSGIServer, thread: threading.Thread) -> None:
        self._httpd = httpd
        self._thread = thread
        addr = httpd.server_address
        self.host: str = str(addr[0])
        self.port: int = int(addr[1])

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def close(self, timeout: float = 5.0) -> None:
        """Stop serving, close the socket and join the thread (idempotent)."""
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout)
        self._httpd.server_close()

    def __enter__(self) -> MetricsServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def start_http(
    host: str,
    port: int,
    readiness: Readiness,
    metrics: Metrics | None = None,
    registry: CollectorRegistry | None = None,
) -> MetricsServer:
    """Serve /metrics, /healthz and /readyz on ``host:port`` (port 0 picks a free
    port; read it back from ``.port``) until ``.close()``.

    ``readiness`` returns named checks (``spool``, ``policy``, ``audit``); /readyz
    answers 200 when all are true, else 503 with a JSON body listing the failed
    names. It runs on the server thread, so it must be cheap and thread-safe.
    """
    import socket

    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0][0]

    class _Server(ThreadingWSGIServer):
        address_family = family

    app = _make_app(metrics if metrics is not None else METRICS, readiness, registry)
    httpd = make_server(host, port, app, _Server, handler_class=_SilentHandler)
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, name="metrics-http", daemon=True
    )
    thread.start()
    return MetricsServer(httpd, thread)


# --- several worker processes -------------------------------------------------


def enable_multiprocess(directory: str) -> None:
    """Call in each worker before any Metrics is built: values then live in mmap
    files under ``directory`` (prometheus_client's multiprocess mode), so worker 0
    can export the sum of every worker's counters."""
    from prometheus_client import values

    os.environ["PROMETHEUS_MULTIPROC_DIR"] = directory
    values.ValueClass = values.MultiProcessValue()  # type: ignore[no-untyped-call]


def multiprocess_registry() -> CollectorRegistry | None:
    """The registry that aggregates all workers, when multiprocess mode is on."""
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not directory:
        return None
    from prometheus_client import multiprocess

    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=directory)  # type: ignore[no-untyped-call]
    return registry


def worker_exited(pid: int) -> None:
    """Drop a dead worker's live gauges (its counters stay counted)."""
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if directory:
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid, directory)  # type: ignore[no-untyped-call]

"""Assembles the stages into a running gateway: listener, ingress, spool, delivery.

One ``Gateway`` per process. With ``listen.workers > 1`` the parent binds the
listening socket once and forks workers that all accept on it and share the
spool (claims are flocks), so both cores serve SMTP.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import signal
import socket
import ssl
import sys
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from gateway import integrations, recovery
from gateway.audit import AuditError
from gateway.auth import Credentials
from gateway.config import Config, ConfigError, load_config
from gateway.crypto import Sealer, load_or_create_key
from gateway.delivery import DeliveryHooks, DeliverySettingsView, QueueManager
from gateway.devcerts import ensure_dev_cert, server_context
from gateway.pipeline import Ingress, outbound
from gateway.policy import PolicyEngine
from gateway.routing import Router
from gateway.server import GatewayHandler, HardenedSMTP, ServerSettings, parse_networks
from gateway.spool import Spool
from gateway.transport import ConnectionPool

log = logging.getLogger("phi_gateway")

DEV_CERT = Path("certs/dev-smtp-cert.pem")
DEV_KEY = Path("certs/dev-smtp-key.pem")


def hostname_for(cfg: Config) -> str:
    return cfg.listen.hostname or socket.getfqdn() or "localhost"


class Gateway:
    """Everything one process runs. Tests build one on port 0 and talk to it."""

    def __init__(
        self,
        cfg: Config,
        config_path: str | None = None,
        worker: int = 0,
        engine: PolicyEngine | None = None,
    ) -> None:
        self.cfg = cfg
        self.config_path = config_path
        self.worker = worker  # index among listen.workers; names this process's audit trail
        self.hostname = hostname_for(cfg)
        key = load_or_create_key(cfg.spool.key_file, cfg.spool.key_env, "spool encryption")
        self.spool = Spool(cfg.spool.dir, Sealer(key), cfg.spool.min_free_bytes)
        # Another worker's fresh accepts wait for that worker's audit reconciliation.
        self.spool.admit = recovery.ClaimGate(cfg.spool.dir, worker, cfg.listen.workers)
        self.stages = integrations.Stages.build(cfg, self.hostname, engine=engine)
        self.portal_app: Any = None
        router = Router(
            cfg.delivery.mode,
            (cfg.delivery.smarthost.host, cfg.delivery.smarthost.port),
            mx_port=cfg.delivery.mx_port,
            nameservers=cfg.delivery.dns_nameservers,
            dns_port=cfg.delivery.dns_port,
        )
        self.pool = ConnectionPool(
            helo_name=cfg.delivery.helo_name or self.hostname,
            per_host=cfg.delivery.connections_per_host,
            connect_timeout=cfg.delivery.connect_timeout,
            command_timeout=cfg.delivery.command_timeout,
            idle_seconds=cfg.delivery.idle_connection_seconds,
            pipelining=cfg.delivery.pipelining,
        )
        postmaster_domain = cfg.delivery.dsn_from_domain or self.hostname
        self.queue = QueueManager(
            self.spool,
            router,
            self.pool,
            DeliverySettingsView(
                tls=cfg.delivery.tls,
                ca_file=cfg.delivery.ca_file,
                first_retry=cfg.delivery.retry.first_retry_seconds,
                max_interval=cfg.delivery.retry.max_interval_seconds,
                lifetime=cfg.delivery.retry.lifetime_seconds,
                concurrency=cfg.delivery.concurrency,
                scan_interval=cfg.spool.scan_interval_seconds,
                hostname=self.hostname,
                postmaster=f"MAILER-DAEMON@{postmaster_domain}",
                smarthost_login=smarthost_login(cfg),
            ),
            DeliveryHooks(
                prepare=lambda entry: outbound(entry, self.stages.sign),
                tls_plan=self.stages.tls_plan,
                portal=self.stages.portal_store,
                source=self.stages.source,
                rate_limit=self.stages.rate_limit,
                acquire_slot=self.stages.acquire_slot,
                on_event=self.stages.event,
                on_queue_stats=self.stages.queue_stats,
            ),
        )
        self.stages.attach(self.spool, self.queue.notify)
        self.ingress = Ingress(
            self.spool,
            self.hostname,
            on_queued=self.queue.notify,
            policy=self.stages.policy,
            consent=self.stages.consent_check,
            strip_consent=self.stages.strip_consent,
            unsubscribe=self.stages.unsubscribe,
            audit=self.stages.audit,
            audit_errors=self.stages.audit_errors,
            on_decision=self.stages.on_decision,
            observe=self.stages.observe,
            audit_worker=worker,
        )
        self.credentials = Credentials(cfg.listen.auth_file) if cfg.listen.auth_file else None
        self.server_settings = self._server_settings(cfg, {})
        self.handler = GatewayHandler(self.server_settings, self.ingress)
        self._server: asyncio.base_events.Server | None = None
        self._watch: asyncio.Task[None] | None = None
        self._factory: Callable[[], HardenedSMTP] | None = None
        self.port = 0

    def _server_settings(self, cfg: Config, connections: dict[str, int]) -> ServerSettings:
        cert, keyf = cfg.listen.tls_cert, cfg.listen.tls_key
        if cert is None or keyf is None:
            cert, keyf = ensure_dev_cert(DEV_CERT, DEV_KEY, self.hostname)
        return ServerSettings(
            hostname=self.hostname,
            allowed_networks=parse_networks(cfg.relay.allowed_networks),
            max_message_bytes=cfg.limits.max_message_bytes,
            max_recipients=cfg.limits.max_recipients,
            max_header_bytes=cfg.limits.max_header_bytes,
            max_received_headers=cfg.limits.max_received_headers,
            max_connections_per_ip=cfg.listen.max_connections_per_ip,
            command_timeout=cfg.listen.command_timeout,
            data_timeout=cfg.listen.data_timeout,
            tls_context=server_context(cert, keyf),
            require_tls=cfg.listen.require_tls,
            verify_login=self.credentials.verify if self.credentials else None,
            ingress_limit=self.stages.ingress_limit,
            on_event=self.stages.event,
            connections=connections,  # live per-IP counts carry over a reload
        )

    def _protocol(self) -> HardenedSMTP:
        if self._factory is None:
            self._factory = HardenedSMTP.factory(self.handler, self.server_settings)
        return self._factory()

    async def start(
        self, sock: socket.socket | None = None, *, metrics: bool = True, portal: bool = False
    ) -> None:
        loop = asyncio.get_running_loop()
        # Before the first accept and the first delivery: records a crash lost.
        await asyncio.to_thread(self.reconcile_audit)
        if sock is None:
            sock = bind_listener(self.cfg.listen.host, self.cfg.listen.port)
        self._server = await loop.create_server(self._protocol, sock=sock)
        self.port = sock.getsockname()[1]
        await self.queue.start()
        if metrics:
            self.stages.start_metrics(self.spool)
        if portal:
            await self.start_portal()
        if self.cfg.policy.watch:
            self._watch = asyncio.create_task(self.stages.watch_policy(), name="policy-watch")
        log.info("listening on %s:%d as %s", self.cfg.listen.host, self.port, self.hostname)

    def reconcile_audit(self) -> list[str]:
        """Append the audit records a crash lost between a spool commit and its
        audit fsync (gateway.recovery): for this worker's trail, and for worker 0
        also the trails of workers that no longer run. Returns the queue ids."""
        ids = recovery.reconcile(self.spool, self.stages.audit_log, self.worker)
        if self.worker == 0:
            ids += recovery.reconcile_orphans(
                self.spool, self.cfg.audit, self.cfg.listen.workers, self.stages.metrics
            )
        return ids

    async def start_portal(self) -> int:
        """The pickup web app (HTTPS), sharing this process's portal store."""
        from gateway.portal.web import PortalApp

        store = await asyncio.to_thread(self.stages._open_portal_store)
        self.portal_app = PortalApp(
            self.cfg.portal, store, self.stages.portal_send_mail, audit=self.stages._portal_audit
        )
        port: int = await self.portal_app.start_configured()
        return port

    async def stop(self, deadline: float = 10.0) -> None:
        """SIGTERM: stop accepting, finish or re-queue in-flight deliveries, close."""
        if self._watch is not None:
            self._watch.cancel()
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._server.wait_closed(), timeout=deadline / 2)
        await self.queue.stop(deadline / 2)
        if self.portal_app is not None:
            await self.portal_app.stop()
        self.ingress.close()
        self.stages.close()
        self.spool.close()

    def reload(self) -> None:
        """SIGHUP: re-read the config file and apply what can change live.

        Live: policy, DKIM keys, relay.allowed_networks, limits, rate_limits, and
        listen's TLS certificate/key (certificate renewal), require_tls, timeouts and
        per-IP connection limit, for sessions that start after the reload. Anything
        else (addresses, ports, workers, spool, delivery, audit, portal, metrics)
        needs a restart, and the log names each such changed key. An invalid config
        or policy leaves everything as it was (logged, and the policy_last_reload_ok
        metric drops to 0). Credentials reload by themselves when the file changes.
        """
        if self.config_path is None:
            self.stages.reload_policy()
            return
        try:
            new = load_config(self.config_path)
        except ConfigError as exc:
            for line in exc.errors:
                log.error("config reload refused: %s", line)
            self.stages.metrics.policy_reloaded(False)
            return
        self.stages.reload_policy(new.policy)
        try:
            self.stages.signer.reload(new.dkim)
        except Exception as exc:  # DkimKeyError names the file, never the key
            log.error("DKIM keys not reloaded: %s", exc)
        self._reload_listener(new)

    def _reload_listener(self, new: Config) -> None:
        try:
            settings = self._server_settings(new, self.server_settings.connections)
        except (OSError, ssl.SSLError) as exc:
            # A renewed certificate that does not load must not take TLS away.
            log.error(
                "listener settings not reloaded: TLS certificate or key unusable (%s)",
                getattr(exc, "strerror", None) or type(exc).__name__,
            )
            return
        self.server_settings = settings
        self.handler.settings = settings
        self._factory = None  # new sessions are built from the new settings
        sections = dict(self.cfg.sections)
        sections["rate_limits"] = new.rate_limits
        old = self.cfg
        self.cfg = Config(
            old.core.model_copy(
                update={"relay": new.relay, "limits": new.limits, "listen": new.listen}
            ),
            sections,
            old.source,
        )
        self.stages.cfg = self.cfg
        for key in restart_needed(old, new):
            log.warning("config reload: %s changed; restart the gateway to apply it", key)
        log.info("config reloaded from %s", self.config_path)


_LIVE_LISTEN_KEYS = frozenset(
    {
        "tls_cert",
        "tls_key",
        "require_tls",
        "command_timeout",
        "data_timeout",
        "max_connections_per_ip",
    }
)
_LIVE_SECTIONS = frozenset({"listen", "relay", "limits", "rate_limits", "policy", "dkim", "audit"})


def restart_needed(old: Config, new: Config) -> list[str]:
    """Dotted keys whose new value only a restart applies (for the reload log).

    audit is left out: each worker runs with its own derived audit path, so the
    comparison would always differ; its keys are documented as restart-only.
    """
    out = []
    old_listen, new_listen = old.listen.model_dump(), new.listen.model_dump()
    for key in sorted(old_listen):
        if key not in _LIVE_LISTEN_KEYS and old_listen[key] != new_listen[key]:
            out.append(f"listen.{key}")
    core = [("delivery", old.delivery, new.delivery), ("spool", old.spool, new.spool)]
    core += [("metrics", old.metrics, new.metrics), ("logging", old.logging, new.logging)]
    stage = [(n, m, new.sections.get(n)) for n, m in old.sections.items()]
    for name, before, after in core + stage:
        if name not in _LIVE_SECTIONS and before != after:
            out.append(name)
    return out


def smarthost_login(cfg: Config) -> tuple[str, str] | None:
    """(user, password) for AUTH to the smarthost, the password from the environment."""
    sh = cfg.delivery.smarthost
    if not sh.username:
        return None
    if not sh.password_env or os.environ.get(sh.password_env) is None:
        raise ConfigError(
            [
                f"{cfg.source}: delivery.smarthost.password_env: set it to the name of an "
                "environment variable holding the smarthost password"
            ]
        )
    return sh.username, os.environ[sh.password_env]


def bind_listener(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(1024)
    sock.setblocking(False)
    return sock


async def _run_process(
    cfg: Config,
    config_path: str | None,
    sock: socket.socket,
    metrics: bool,
    worker: int = 0,
    engine: PolicyEngine | None = None,
) -> int:
    # Signals first: a SIGTERM that arrives while the stages load still drains.
    stop = asyncio.Event()
    holder: list[Gateway] = []
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)

    def on_hup() -> None:
        if holder:
            holder[0].reload()

    loop.add_signal_handler(signal.SIGHUP, on_hup)
    try:
        gw = Gateway(cfg, config_path, worker, engine)
    except ConfigError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        return 2
    holder.append(gw)
    # The policy engine's tables (98k ICD-10 codes, dictionaries) are long-lived:
    # move them out of the collector's reach, so a full collection under load no
    # longer walks them (33 ms per pass measured, straight into accept latency).
    gc.collect()
    gc.freeze()
    try:
        # Worker 0 also serves metrics and the portal; the others only SMTP + delivery.
        await gw.start(sock, metrics=metrics, portal=metrics)
    except OSError as exc:
        # e.g. the metrics or portal port is taken: say which, and stop cleanly.
        print(f"phi-gateway: cannot start: {exc.strerror or exc}", file=sys.stderr)
        await gw.stop(deadline=2.0)
        return 2
    except AuditError as exc:
        # Start-up reconciliation could not write the trail: deliver nothing unrecorded.
        print(f"phi-gateway: cannot start: {exc}", file=sys.stderr)
        await gw.stop(deadline=2.0)
        return 2
    await stop.wait()
    log.info("draining")
    await gw.stop(deadline=20.0)
    return 0


def preflight(cfg: Config) -> tuple[PolicyEngine | None, list[str]]:
    """Errors that would stop every worker, found before binding or forking, and the
    policy engine loaded to find them.

    Also creates development keys and certificates once, here, so that forked
    workers never race to generate them. The engine is handed to the workers, which
    inherit it through fork instead of each compiling the policy again (3 to 5 s per
    worker on a 2-core machine, all of them at once).
    """
    from gateway.audit import load_hmac_key, load_signer
    from gateway.crypto import KeyError_
    from gateway.policy import PolicyLoadError
    from gateway.portal.crypto import load_master_key, server_ssl_context

    try:
        engine = PolicyEngine.load(cfg.policy)
    except PolicyLoadError as exc:
        return None, list(exc.errors)
    try:
        load_or_create_key(cfg.spool.key_file, cfg.spool.key_env, "spool encryption")
        if cfg.listen.tls_cert is None or cfg.listen.tls_key is None:
            ensure_dev_cert(DEV_CERT, DEV_KEY, hostname_for(cfg))
        create = cfg.audit.generate_missing_keys
        load_hmac_key(cfg.audit, create)
        load_signer(cfg.audit, create=create)
        load_master_key(cfg.portal)
        server_ssl_context(cfg.portal)
    except (KeyError_, OSError, ValueError) as exc:
        return None, [f"startup: {exc}"]
    return engine, []


def for_worker(cfg: Config, index: int) -> Config:
    """Worker ``index``'s config: its own audit trail (one hash chain per writer)."""
    from gateway.audit import for_worker as audit_for_worker

    if index == 0:
        return cfg
    sections = dict(cfg.sections)
    sections["audit"] = audit_for_worker(cfg.audit, index)
    return Config(cfg.core, sections, cfg.source)


def serve(cfg: Config, config_path: str | None) -> int:
    """Foreground server; forks ``listen.workers`` processes sharing one socket."""
    engine, errors = preflight(cfg)
    if errors:
        for line in errors:
            print(line, file=sys.stderr)
        return 2
    try:
        sock = bind_listener(cfg.listen.host, cfg.listen.port)
    except OSError as exc:
        print(
            f"cannot listen on {cfg.listen.host}:{cfg.listen.port}: {exc.strerror}", file=sys.stderr
        )
        return 2
    print(
        f"phi-gateway listening on {cfg.listen.host}:{sock.getsockname()[1]} "
        f"({cfg.listen.workers} worker(s)), spool {cfg.spool.dir}",
        file=sys.stderr,
        flush=True,
    )
    if cfg.listen.workers == 1:
        return run_loop(_run_process(cfg, config_path, sock, metrics=True, engine=engine), cfg)
    return _supervise(cfg, config_path, sock, engine)


def run_loop(main: Coroutine[Any, Any, int], cfg: Config) -> int:
    """asyncio.run, on uvloop when configured and installed (libuv: less CPU per
    connection and per syscall than the pure-Python selector loop)."""
    if cfg.listen.event_loop == "uvloop":
        try:
            import uvloop
        except ImportError:
            log.warning("listen.event_loop is uvloop but uvloop is not installed; using asyncio")
        else:
            return uvloop.run(main)
    return asyncio.run(main)


def _supervise(
    cfg: Config, config_path: str | None, sock: socket.socket, engine: PolicyEngine | None
) -> int:
    from gateway import metrics as metrics_mod

    # Every worker's metrics in mmap files here; worker 0 exports their sum.
    metrics_dir = cfg.spool.dir / "metrics"
    metrics_dir.mkdir(parents=True, exist_ok=True)
    for stale in metrics_dir.glob("*.db"):
        stale.unlink()
    children: dict[int, int] = {}
    started: dict[int, float] = {}
    quick_failures = 0

    def spawn(index: int) -> None:
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                # Worker 0 serves metrics; the others count into their own registry.
                metrics_mod.enable_multiprocess(str(metrics_dir))
                wcfg = for_worker(cfg, index)
                code = run_loop(
                    _run_process(
                        wcfg, config_path, sock, metrics=index == 0, worker=index, engine=engine
                    ),
                    cfg,
                )
            finally:
                os._exit(code)
        children[pid] = index
        started[index] = time.monotonic()

    for i in range(cfg.listen.workers):
        spawn(i)
    stopping = False

    def forward(signum: int, _frame: Any) -> None:
        nonlocal stopping
        if signum in (signal.SIGTERM, signal.SIGINT):
            stopping = True
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signum)

    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(s, forward)
    while children:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        index = children.pop(pid, None)
        metrics_mod.worker_exited(pid)
        if index is None or stopping:
            continue
        # A worker that dies right after start will die again: after three in a
        # row, stop everything and say so instead of crash-looping silently.
        if time.monotonic() - started.get(index, 0.0) < 10:
            quick_failures += 1
        else:
            quick_failures = 0
        if quick_failures >= 3:
            log.error("workers keep failing at start (last status %d); stopping", status)
            print("phi-gateway: workers keep failing at start; see the log above", file=sys.stderr)
            forward(signal.SIGTERM, None)
            for pid in list(children):
                with contextlib.suppress(ChildProcessError):
                    os.waitpid(pid, 0)
            return 1
        log.error("worker %d exited (status %d); restarting", index, status)
        time.sleep(1)
        if stopping:  # SIGTERM during the pause: do not start a worker nobody will stop
            continue
        spawn(index)
    return 0


def configure_logging(level: str, json_lines: bool) -> None:
    from gateway.logs import setup

    setup(level, json_lines)


def main_serve(config_path: str | None, override: Callable[[Config], Config] | None = None) -> int:
    try:
        cfg = load_config(config_path)
    except ConfigError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        return 2
    configure_logging(cfg.logging.level, cfg.logging.format == "json")
    return serve(cfg, config_path)

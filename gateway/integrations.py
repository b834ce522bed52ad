"""Adapters from each stage's module to the hooks the relay core calls.

The core (server, pipeline, delivery) knows only small callables; this module
builds them from the config, so each stage stays independent and testable.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from gateway.config import Config
from gateway.delivery import Source, TlsPlan
from gateway.model import Decision
from gateway.pipeline import AuditSink, ConsentCheck, PolicyEvaluator, UnsubscribeCheck
from gateway.routing import NextHop
from gateway.spool import Spool, SpoolEntry

log = logging.getLogger("phi_gateway.integrations")


@dataclass
class Stages:
    policy: PolicyEvaluator | None = None
    consent_check: ConsentCheck | None = None
    strip_consent: Callable[[bytes], bytes] | None = None
    unsubscribe: UnsubscribeCheck | None = None
    audit: AuditSink | None = None
    audit_errors: tuple[type[BaseException], ...] = ()
    sign: Callable[[bytes], bytes] | None = None
    tls_plan: Callable[[str, NextHop, bool], Awaitable[TlsPlan]] | None = None
    portal_store: Callable[[SpoolEntry, list[str], str], Awaitable[bool]] | None = None
    source: Callable[[SpoolEntry], Source] | None = None
    rate_limit: Callable[[str, str], Awaitable[float]] | None = None
    ingress_limit: Callable[[str, str | None], Awaitable[float]] | None = None
    closers: list[Callable[[], None]] = field(default_factory=list)

    @classmethod
    def build(cls, cfg: Config, hostname: str) -> Stages:
        return cls()

    def event(self, name: str, fields: dict[str, Any]) -> None:
        pass

    def on_decision(self, decision: Decision, consent: str | None) -> None:
        pass

    def observe(self, stage: str, seconds: float) -> None:
        pass

    def start_metrics(self, spool: Spool) -> None:
        pass

    def reload_policy(self) -> None:
        pass

    def close(self) -> None:
        for close in self.closers:
            close()


def _unused(_: Sequence[str]) -> None:
    return None

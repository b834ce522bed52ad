"""deploy/: alert rules pass promtool and their unit tests; every metric that
the dashboard or the alerts reference exists in gateway.metrics."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from gateway.metrics import Metrics

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
ALERTS = DEPLOY / "prometheus-alerts.yml"
DASHBOARD = DEPLOY / "grafana-dashboard.json"
ALERT_TESTS = Path(__file__).with_name("alerts_test.yml")
NAME_RE = re.compile(r"\bphi_gateway_[a-z0-9_]+")
REQUIRED_ALERTS = {
    "PhiGatewayQueueGrowing",
    "PhiGatewayOldestMessageTooOld",
    "PhiGatewayTLSFailuresSpiking",
    "PhiGatewayPolicyReloadFailed",
    "PhiGatewayAuditWriteFailing",
}

promtool = shutil.which("promtool")
needs_promtool = pytest.mark.skipif(
    promtool is None, reason="promtool missing: apt-get install prometheus"
)


def _exprs() -> list[str]:
    doc = yaml.safe_load(ALERTS.read_text())
    out = [r["expr"] for g in doc["groups"] for r in g["rules"]]
    dash = json.loads(DASHBOARD.read_text())
    out += [t["expr"] for p in dash["panels"] for t in p.get("targets", [])]
    out += [v["query"] for v in dash["templating"]["list"] if v.get("type") == "query"]
    return out


def test_alert_rules_parse_and_name_the_required_alerts() -> None:
    doc = yaml.safe_load(ALERTS.read_text())
    names = {r["alert"] for g in doc["groups"] for r in g["rules"]}
    assert names >= REQUIRED_ALERTS
    for g in doc["groups"]:
        for r in g["rules"]:
            assert r["labels"]["severity"] in {"warning", "critical"}
            assert r["annotations"]["summary"]


def test_every_referenced_metric_exists() -> None:
    known = Metrics().metric_names()
    referenced = {name for expr in _exprs() for name in NAME_RE.findall(expr)}
    assert len(referenced) >= 15
    missing = sorted(referenced - known)
    assert not missing, missing


def test_every_metric_is_on_the_dashboard() -> None:
    dash_text = DASHBOARD.read_text()
    families = {
        f.name + ("_total" if f.type == "counter" else "") for f in Metrics().registry.collect()
    }
    absent = sorted(n for n in families if n not in dash_text)
    assert not absent, absent


def test_dashboard_shape() -> None:
    dash = json.loads(DASHBOARD.read_text())
    ids = [p["id"] for p in dash["panels"]]
    assert len(ids) == len(set(ids))
    for p in dash["panels"]:
        if p["type"] == "row":
            continue
        assert p["targets"], p["title"]
        assert {"h", "w", "x", "y"} <= set(p["gridPos"])
        assert p["gridPos"]["x"] + p["gridPos"]["w"] <= 24


@needs_promtool
def test_promtool_check_rules() -> None:
    assert promtool is not None
    res = subprocess.run(
        [promtool, "check", "rules", str(ALERTS)],
        check=False,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert res.returncode == 0, res.stdout + res.stderr


@needs_promtool
def test_promtool_alert_unit_tests() -> None:
    assert promtool is not None
    res = subprocess.run(
        [promtool, "test", "rules", ALERT_TESTS.name],
        check=False,
        cwd=ALERT_TESTS.parent,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert res.returncode == 0, res.stdout + res.stderr

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gateway.detect.engine import DetectorEngine
from gateway.policy import PolicyEngine, PolicySettings

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench" / "accuracy"))


@pytest.fixture(scope="session")
def policy_engine() -> PolicyEngine:
    return PolicyEngine.load(PolicySettings(dir=ROOT / "policies"))


@pytest.fixture(scope="session")
def engine(policy_engine: PolicyEngine) -> DetectorEngine:
    return policy_engine.detector


@pytest.fixture(scope="session")
def re_engine(policy_engine: PolicyEngine) -> DetectorEngine:
    return DetectorEngine(policy_engine.detector.spec, use_hyperscan=False)


@pytest.fixture(params=["hyperscan", "re"])
def eng(request: pytest.FixtureRequest) -> DetectorEngine:
    """Both scan paths: each test using it runs once on each."""
    name = "engine" if request.param == "hyperscan" else "re_engine"
    engine: DetectorEngine = request.getfixturevalue(name)
    return engine

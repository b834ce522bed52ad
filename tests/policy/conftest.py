from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gateway.policy import PolicyEngine, PolicySettings

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "eml"
sys.path.insert(0, str(ROOT / "bench" / "accuracy"))


@pytest.fixture(scope="session")
def default_engine() -> PolicyEngine:
    return PolicyEngine.load(PolicySettings(dir=ROOT / "policies"))

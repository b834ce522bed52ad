from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from gateway.detect.engine import DetectorEngine
from gateway.policy import PolicyEngine, PolicyLoadError, PolicySettings

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


def _load_errors(directory: Path, name: str, text: str) -> list[str]:
    (directory / name).write_text(text)
    with pytest.raises(PolicyLoadError) as info:
        PolicyEngine.load(PolicySettings(dir=directory))
    return info.value.errors


@pytest.fixture
def load_errors() -> Callable[[Path, str, str], list[str]]:
    """``load_errors(dir, name, text)``: the ``path:line:col: ...`` errors of a policy
    directory holding one file ``name`` with ``text``, which must fail to load."""
    return _load_errors


def _verdict(eng: DetectorEngine, subject: str, body: str) -> bool:
    return eng.detect(([("subject", subject)] if subject else []) + [("body", body)]).phi


@pytest.fixture
def verdict() -> Callable[[DetectorEngine, str, str], bool]:
    """``verdict(engine, subject, body)``: the PHI verdict on a Subject (none when empty) and
    a body."""
    return _verdict

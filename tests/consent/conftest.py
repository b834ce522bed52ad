from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway.consent import ConsentSettings, ConsentVerifier

from .factory import ConsentFactory


class Clock:
    """A settable clock so validity tests need no sleeping."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def factory(tmp_path: Path) -> ConsentFactory:
    return ConsentFactory(tmp_path)


@pytest.fixture
def clock(factory: ConsentFactory) -> Clock:
    return Clock(factory.now)


@pytest.fixture
def settings(factory: ConsentFactory) -> ConsentSettings:
    return factory.settings()


@pytest.fixture
def verifier(settings: ConsentSettings, clock: Clock) -> Iterator[ConsentVerifier]:
    v = ConsentVerifier(settings, clock=clock)
    yield v
    v.close()

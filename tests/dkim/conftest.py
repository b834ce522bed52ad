from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from gateway.dkim_sign import PrivateKey

from .dkim_testlib import KeyPair, write_key
from .dns_responder import DnsResponder


@pytest.fixture(scope="session")
def rsa_keys() -> list[rsa.RSAPrivateKey]:
    # Generated once per session: three 2048-bit keys cost ~0.3 s.
    return [rsa.generate_private_key(65537, 2048) for _ in range(3)]


@pytest.fixture
def make_key(tmp_path: Path, rsa_keys: list[rsa.RSAPrivateKey]) -> Callable[..., KeyPair]:
    used = iter(rsa_keys)

    def make(name: str, algorithm: str = "rsa") -> KeyPair:
        key: PrivateKey = next(used) if algorithm == "rsa" else ed25519.Ed25519PrivateKey.generate()
        return KeyPair(key, write_key(key, tmp_path / f"{name}.pem"))

    return make


@pytest.fixture
def dns_server() -> Iterator[DnsResponder]:
    with DnsResponder({}) as server:
        yield server

"""MTA-STS: TXT parsing, policy parsing, mx matching, the strict fetch, the cache."""

from __future__ import annotations

import json
import ssl
from pathlib import Path

import dns.asyncresolver
import pytest

from gateway.mta_sts import (
    MAX_AGE_CAP,
    FetchError,
    HttpsFetcher,
    MtaStsResolver,
    PolicyCache,
    PolicyParseError,
    StsPolicy,
    mx_matches,
    parse_policy,
    parse_txt,
)

from .conftest import GOOD_POLICY, DnsServer, PolicyServer

URL = "https://mta-sts.example.test/.well-known/mta-sts.txt"


# ------------------------------------------------------------------ TXT discovery


@pytest.mark.parametrize(
    ("records", "expected"),
    [
        (["v=STSv1; id=20240101T000000;"], "20240101T000000"),
        (["v=STSv1;id=abc"], "abc"),
        (["v=spf1 -all", "v=STSv1; id=x1"], "x1"),
        (["v=STSv1; id=a", "v=STSv1; id=b"], None),  # two STS records: no policy
        (["v=STSv1; id=has-dash"], None),  # id is alphanumerics only
        (["v=STSv1; id=" + "a" * 33], None),  # at most 32
        (["v=STSv1;"], None),
        (["v=STSv2; id=1"], None),
        ([], None),
    ],
)
def test_parse_txt(records: list[str], expected: str | None) -> None:
    assert parse_txt(records) == expected


# ------------------------------------------------------------------ policy parsing


def test_parse_good_policy() -> None:
    pol = parse_policy(GOOD_POLICY)
    assert pol.mode == "enforce"
    assert pol.mx == ("mx1.example.test", "*.mail.example.test")
    assert pol.max_age == 86400


def test_parse_lf_only_unknown_keys_and_cap() -> None:
    pol = parse_policy(
        b"version: STSv1\nmode: testing\nfoo: bar\nmx: a.example\nmax_age: 9999999999\n"
    )
    assert pol.mode == "testing"
    assert pol.max_age == MAX_AGE_CAP


def test_parse_mode_none_needs_no_mx() -> None:
    assert parse_policy(b"version: STSv1\r\nmode: none\r\nmax_age: 60\r\n").mx == ()


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b"version: STSv2\r\nmode: enforce\r\nmx: a.example\r\nmax_age: 1\r\n", "version"),
        (b"mode: enforce\r\nmx: a.example\r\nmax_age: 1\r\n", "version"),
        (b"version: STSv1\r\nmode: strict\r\nmx: a.example\r\nmax_age: 1\r\n", "mode"),
        (b"version: STSv1\r\nmode: enforce\r\nmx: a.example\r\n", "max_age"),
        (b"version: STSv1\r\nmode: enforce\r\nmx: a.example\r\nmax_age: -1\r\n", "max_age"),
        (
            b"version: STSv1\r\nmode: enforce\r\nmx: a.example\r\nmax_age: 12345678901\r\n",
            "max_age",
        ),
        (b"version: STSv1\r\nmode: enforce\r\nmax_age: 1\r\n", "mx"),
        (b"version: STSv1\r\nmode: enforce\r\nmx: *.*.example\r\nmax_age: 1\r\n", "mx"),
        (b"version: STSv1\r\nmode: enforce\r\nmx: a*.example\r\nmax_age: 1\r\n", "mx"),
        (b"version: STSv1\r\nmode: enforce\r\nmx: localhost\r\nmax_age: 1\r\n", "mx"),
        (b"version: STSv1\r\nmode enforce\r\n", "':'"),
        ("version: STSv1\r\nmode: enforcé\r\n".encode(), "ASCII"),
    ],
)
def test_parse_errors(body: bytes, why: str) -> None:
    with pytest.raises(PolicyParseError, match=why):
        parse_policy(body)


# ------------------------------------------------------------------ mx patterns


@pytest.mark.parametrize(
    ("pattern", "host", "ok"),
    [
        ("mx1.example.test", "mx1.example.test", True),
        ("mx1.example.test", "MX1.Example.Test.", True),
        ("mx1.example.test", "mx2.example.test", False),
        ("*.example.test", "mx1.example.test", True),
        ("*.example.test", "example.test", False),  # wildcard needs a label
        ("*.example.test", "a.b.example.test", False),  # exactly one label
        ("*.example.test", ".example.test", False),
        ("*.example.test", "mx1.example.test.evil", False),
        ("*.example.test", "mx1example.test", False),
    ],
)
def test_mx_matches(pattern: str, host: str, ok: bool) -> None:
    assert mx_matches(pattern, host) is ok


# ------------------------------------------------------------------ HTTPS fetch


def _fetcher(policy_server: PolicyServer, client_trusting: ssl.SSLContext) -> HttpsFetcher:
    return HttpsFetcher(
        ssl_context=client_trusting,
        connect_map={"mta-sts.example.test": ("127.0.0.1", policy_server.port)},
    )


async def test_fetch_ok(policy_server: PolicyServer, client_trusting: ssl.SSLContext) -> None:
    policy_server.body = GOOD_POLICY
    body = await _fetcher(policy_server, client_trusting)(URL, 5.0, 65536)
    assert body == GOOD_POLICY
    assert policy_server.requests == ["GET /.well-known/mta-sts.txt HTTP/1.1"]


async def test_fetch_chunked_and_charset(
    policy_server: PolicyServer, client_trusting: ssl.SSLContext
) -> None:
    policy_server.body = GOOD_POLICY
    policy_server.chunked = True
    policy_server.content_type = "text/plain; charset=utf-8"
    assert await _fetcher(policy_server, client_trusting)(URL, 5.0, 65536) == GOOD_POLICY


@pytest.mark.parametrize(
    ("status", "ctype", "body", "extra", "reason"),
    [
        ("301 Moved", "text/plain", b"", "Location: https://evil.test/\r\n", "redirect"),
        ("302 Found", "text/plain", b"", "Location: /x\r\n", "redirect"),
        ("404 Not Found", "text/plain", b"", "", "status"),
        ("200 OK", "text/html", GOOD_POLICY, "", "content_type"),
        ("200 OK", "text/plain", b"x" * 2000, "", "too_large"),
    ],
)
async def test_fetch_refusals(
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    status: str,
    ctype: str,
    body: bytes,
    extra: str,
    reason: str,
) -> None:
    policy_server.status, policy_server.content_type = status, ctype
    policy_server.body, policy_server.extra_headers = body, extra
    with pytest.raises(FetchError) as info:
        await _fetcher(policy_server, client_trusting)(URL, 5.0, 1024)
    assert info.value.reason == reason
    assert len(policy_server.requests) == 1  # a redirect is never followed


async def test_fetch_too_large_chunked(
    policy_server: PolicyServer, client_trusting: ssl.SSLContext
) -> None:
    policy_server.body, policy_server.chunked = b"y" * 3000, True
    with pytest.raises(FetchError, match="too_large"):
        await _fetcher(policy_server, client_trusting)(URL, 5.0, 1024)


async def test_fetch_timeout(policy_server: PolicyServer, client_trusting: ssl.SSLContext) -> None:
    policy_server.hang = True
    with pytest.raises(FetchError, match="timeout"):
        await _fetcher(policy_server, client_trusting)(URL, 0.3, 1024)


async def test_fetch_untrusted_certificate(policy_server: PolicyServer) -> None:
    # The system store does not know the test CA: PKIX failure, RFC 8461 section 3.3.
    fetch = HttpsFetcher(connect_map={"mta-sts.example.test": ("127.0.0.1", policy_server.port)})
    with pytest.raises(FetchError, match="verify"):
        await fetch(URL, 5.0, 1024)


async def test_fetch_wrong_name(
    policy_server: PolicyServer, client_trusting: ssl.SSLContext
) -> None:
    fetch = HttpsFetcher(
        ssl_context=client_trusting,
        connect_map={"mta-sts.other.test": ("127.0.0.1", policy_server.port)},
    )
    with pytest.raises(FetchError, match="verify"):
        await fetch("https://mta-sts.other.test/.well-known/mta-sts.txt", 5.0, 1024)


# ------------------------------------------------------------------ discovery + cache


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def _resolver(
    resolver: dns.asyncresolver.Resolver,
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    cache_path: Path,
    clock: Clock,
) -> MtaStsResolver:
    return MtaStsResolver(
        resolver,
        _fetcher(policy_server, client_trusting),
        PolicyCache(cache_path, clock),
        timeout=5.0,
        max_bytes=65536,
        clock=clock,
    )


async def test_discovery_fetch_and_cache(
    dns_server: DnsServer,
    resolver: dns.asyncresolver.Resolver,
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    tmp_path: Path,
) -> None:
    dns_server.set("_mta-sts.example.test", "TXT", ['"v=STSv1; id=one;"'])
    policy_server.body = GOOD_POLICY
    clock = Clock()
    cache_path = tmp_path / "sub" / "cache.json"
    sts = _resolver(resolver, policy_server, client_trusting, cache_path, clock)

    first = await sts.policy("Example.Test.")
    assert first.detail == "fetched"
    assert first.policy is not None and first.policy.mode == "enforce"
    assert first.policy.policy_id == "one"
    saved = json.loads(cache_path.read_text())
    assert saved["policies"]["example.test"]["id"] == "one"
    assert not list(cache_path.parent.glob(".mta-sts-*"))  # temp file renamed away

    second = await sts.policy("example.test")
    assert second.detail == "cached"
    assert len(policy_server.requests) == 1  # same id: no refetch

    # A fresh process reads the cache file.
    sts2 = _resolver(resolver, policy_server, client_trusting, cache_path, clock)
    assert (await sts2.policy("example.test")).detail == "cached"
    assert len(policy_server.requests) == 1


async def test_id_change_refreshes(
    dns_server: DnsServer,
    resolver: dns.asyncresolver.Resolver,
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    tmp_path: Path,
) -> None:
    dns_server.set("_mta-sts.example.test", "TXT", ['"v=STSv1; id=one;"'])
    policy_server.body = GOOD_POLICY
    clock = Clock()
    sts = _resolver(resolver, policy_server, client_trusting, tmp_path / "c.json", clock)
    await sts.policy("example.test")
    dns_server.set("_mta-sts.example.test", "TXT", ['"v=STSv1; id=two;"'])
    policy_server.body = GOOD_POLICY.replace(b"enforce", b"testing")
    res = await sts.policy("example.test")
    assert res.detail == "fetched"
    assert res.policy is not None and res.policy.mode == "testing" and res.policy.policy_id == "two"
    assert len(policy_server.requests) == 2


async def test_cache_used_when_refresh_fails(
    dns_server: DnsServer,
    resolver: dns.asyncresolver.Resolver,
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    tmp_path: Path,
) -> None:
    dns_server.set("_mta-sts.example.test", "TXT", ['"v=STSv1; id=one;"'])
    policy_server.body = GOOD_POLICY
    clock = Clock()
    sts = _resolver(resolver, policy_server, client_trusting, tmp_path / "c.json", clock)
    await sts.policy("example.test")

    # New id announced but the policy host now serves garbage: keep the cached policy.
    dns_server.set("_mta-sts.example.test", "TXT", ['"v=STSv1; id=two;"'])
    policy_server.body = b"<html>hijacked</html>"
    res = await sts.policy("example.test")
    assert res.detail == "cache-fallback"
    assert res.policy is not None and res.policy.mode == "enforce"

    # An attacker removing the TXT record does not switch MTA-STS off either.
    dns_server.remove("_mta-sts.example.test", "TXT")
    res = await sts.policy("example.test")
    assert res.detail == "cached" and res.policy is not None

    # TXT lookup failing (SERVFAIL) likewise.
    dns_server.fail("_mta-sts.example.test", "TXT")
    res = await sts.policy("example.test")
    assert res.detail == "cached" and res.policy is not None


async def test_cache_expiry(
    dns_server: DnsServer,
    resolver: dns.asyncresolver.Resolver,
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    tmp_path: Path,
) -> None:
    dns_server.set("_mta-sts.example.test", "TXT", ['"v=STSv1; id=one;"'])
    policy_server.body = GOOD_POLICY  # max_age 86400
    clock = Clock()
    sts = _resolver(resolver, policy_server, client_trusting, tmp_path / "c.json", clock)
    await sts.policy("example.test")
    dns_server.remove("_mta-sts.example.test", "TXT")
    clock.now += 86399
    assert (await sts.policy("example.test")).policy is not None
    clock.now += 2
    res = await sts.policy("example.test")
    assert res.policy is None and res.detail == "none"


async def test_no_txt_no_fetch(
    resolver: dns.asyncresolver.Resolver,
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    tmp_path: Path,
) -> None:
    sts = _resolver(resolver, policy_server, client_trusting, tmp_path / "c.json", Clock())
    res = await sts.policy("example.test")
    assert res.policy is None and res.detail == "none"
    assert policy_server.requests == []


async def test_periodic_refresh_same_id(
    dns_server: DnsServer,
    resolver: dns.asyncresolver.Resolver,
    policy_server: PolicyServer,
    client_trusting: ssl.SSLContext,
    tmp_path: Path,
) -> None:
    dns_server.set("_mta-sts.example.test", "TXT", ['"v=STSv1; id=one;"'])
    policy_server.body = GOOD_POLICY.replace(b"86400", b"604800")
    clock = Clock()
    sts = _resolver(resolver, policy_server, client_trusting, tmp_path / "c.json", clock)
    await sts.policy("example.test")
    clock.now += 86_401  # older than refresh_after: refetch even with the same id
    assert (await sts.policy("example.test")).detail == "fetched"
    assert len(policy_server.requests) == 2


def test_corrupt_cache_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text("{not json")
    assert PolicyCache(path).get("example.test") is None


async def test_cache_roundtrip_drops_expired(tmp_path: Path) -> None:
    clock = Clock()
    cache = PolicyCache(tmp_path / "c.json", clock)
    await cache.put("old.test", StsPolicy("enforce", ("mx.old.test",), 10, "a", clock.now - 20))
    await cache.put("new.test", StsPolicy("testing", ("mx.new.test",), 100, "b", clock.now))
    data = json.loads((tmp_path / "c.json").read_text())
    assert set(data["policies"]) == {"new.test"}

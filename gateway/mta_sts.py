"""MTA-STS (RFC 8461): TXT discovery, strict HTTPS policy fetch, parsing, JSON cache.

Expected outcomes (no policy, fetch failed, cache used) are returned as values; only
programming errors raise. The HTTPS fetch is a small asyncio client rather than
urllib so that it is cancellable, bounded in time and bytes, never follows a
redirect, and can be pointed at a test server (``connect_map``) while still sending
SNI for and verifying the real ``mta-sts.<domain>`` name.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import ssl
import tempfile
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import dns.asyncresolver
import dns.exception
import dns.resolver

log = logging.getLogger(__name__)

Mode = Literal["enforce", "testing", "none"]

MAX_AGE_CAP = 31_557_600  # RFC 8461 section 3.2: max_age is at most one year
_ID_RE = re.compile(r"^[A-Za-z0-9]{1,32}$")
_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
_MX_RE = re.compile(rf"^(\*\.)?{_LABEL}(\.{_LABEL})+\.?$")
_MAX_HEADER_BYTES = 16 * 1024

HttpsFetch = Callable[[str, float, int], Awaitable[bytes]]
"""(url, timeout seconds, max body bytes) -> body; raises FetchError on any failure."""


class FetchError(Exception):
    """A policy fetch failed. ``reason`` is a short token safe for logs and metrics."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PolicyParseError(ValueError):
    """The policy body is not a valid STSv1 policy (message names the field, not data)."""


@dataclass(frozen=True, slots=True)
class StsPolicy:
    """A parsed policy plus the TXT id it was fetched under and when."""

    mode: Mode
    mx: tuple[str, ...]
    max_age: int
    policy_id: str = ""
    fetched_at: float = 0.0

    def expires_at(self) -> float:
        return self.fetched_at + self.max_age

    def mx_allowed(self, host: str) -> bool:
        return any(mx_matches(p, host) for p in self.mx)


@dataclass(frozen=True, slots=True)
class StsResult:
    """What discovery produced: a policy (or None) and how we got it."""

    policy: StsPolicy | None
    detail: str  # none | txt-failed | fetched | cached | cache-fallback | fetch-failed


def parse_txt(records: list[str]) -> str | None:
    """The policy id from the _mta-sts TXT RRset, or None if absent/invalid.

    RFC 8461 section 3.1: exactly one record starting with "v=STSv1"; more than one
    means no policy. Fields are "key=value" separated by ";"; id is 1-32 alphanumerics.
    """
    sts = [r for r in records if r.startswith("v=STSv1")]
    if len(sts) != 1:
        return None
    fields: dict[str, str] = {}
    for raw in sts[0].split(";"):
        part = raw.strip(" \t")
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep:
            return None
        fields.setdefault(key.strip(), value.strip())
    if fields.get("v") != "STSv1":
        return None
    pid = fields.get("id", "")
    return pid if _ID_RE.match(pid) else None


def parse_policy(body: bytes) -> StsPolicy:
    """Parse an STSv1 policy body strictly (RFC 8461 section 3.2).

    Lines end in CRLF (LF tolerated); "key: value"; unknown keys ignored for
    extensibility; for repeated keys other than mx the first wins. version must be
    STSv1, mode one of enforce/testing/none, max_age 1-10 digits (capped to one
    year), mx patterns present unless mode is none.
    """
    try:
        text = body.decode("ascii")
    except UnicodeDecodeError as exc:
        raise PolicyParseError("policy is not ASCII") from exc
    fields: dict[str, str] = {}
    mx: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise PolicyParseError("line without ':'")
        key = key.strip()
        value = value.strip(" \t")
        if key == "mx":
            if not _MX_RE.match(value):
                raise PolicyParseError("invalid mx pattern")
            mx.append(value.lower().rstrip("."))
        else:
            fields.setdefault(key, value)
    if fields.get("version") != "STSv1":
        raise PolicyParseError("version is not STSv1")
    mode = fields.get("mode")
    if mode not in ("enforce", "testing", "none"):
        raise PolicyParseError("invalid mode")
    max_age_text = fields.get("max_age", "")
    if not re.fullmatch(r"[0-9]{1,10}", max_age_text):
        raise PolicyParseError("invalid max_age")
    if mode != "none" and not mx:
        raise PolicyParseError("no mx patterns")
    checked: Mode = "enforce" if mode == "enforce" else "testing" if mode == "testing" else "none"
    return StsPolicy(mode=checked, mx=tuple(mx), max_age=min(int(max_age_text), MAX_AGE_CAP))


def mx_matches(pattern: str, host: str) -> bool:
    """RFC 8461 section 4.1: case-insensitive; "*.example.com" matches exactly one
    extra leftmost label ("mx1.example.com", not "example.com" or "a.b.example.com")."""
    pattern = pattern.lower().rstrip(".")
    host = host.lower().rstrip(".")
    if pattern.startswith("*."):
        head, dot, rest = host.partition(".")
        return bool(head) and bool(dot) and rest == pattern[2:]
    return pattern == host


class HttpsFetcher:
    """Fetch https://mta-sts.<domain>/.well-known/mta-sts.txt the strict way.

    PKIX-verified against the system store (or ``ssl_context``) for the policy host
    name (RFC 8461 section 3.3), HTTP/1.1, status 200 only (a 3xx is a failure: no
    redirects), media type text/plain, body at most ``max_bytes``, whole exchange
    within ``timeout``. ``connect_map`` maps a host name to the (ip, port) actually
    dialled: a test hook, the name still used for SNI and verification.
    """

    def __init__(
        self,
        ssl_context: ssl.SSLContext | None = None,
        connect_map: Mapping[str, tuple[str, int]] | None = None,
    ) -> None:
        if ssl_context is None:
            ssl_context = ssl.create_default_context()
            ssl_context.minimum_version = ssl.TLSVersion.TLSv1_2
        self._ctx = ssl_context
        self._map = dict(connect_map or {})

    # The timeout parameter is part of the injectable HttpsFetch signature; it bounds
    # the whole exchange via asyncio.timeout below.
    async def __call__(self, url: str, timeout: float, max_bytes: int) -> bytes:  # noqa: ASYNC109
        m = re.fullmatch(r"https://([A-Za-z0-9.-]+)(/[!-~]*)", url)
        if m is None:
            raise FetchError("bad_url")
        host, path = m.group(1), m.group(2)
        addr, port = self._map.get(host, (host, 443))
        try:
            async with asyncio.timeout(timeout):
                return await self._fetch(host, path, addr, port, max_bytes)
        except TimeoutError as exc:
            raise FetchError("timeout") from exc
        except ssl.SSLCertVerificationError as exc:
            raise FetchError("verify") from exc
        except ssl.SSLError as exc:
            raise FetchError("tls") from exc
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            raise FetchError("connect") from exc
        except ValueError as exc:
            raise FetchError("http") from exc

    async def _fetch(self, host: str, path: str, addr: str, port: int, max_bytes: int) -> bytes:
        reader, writer = await asyncio.open_connection(
            addr, port, ssl=self._ctx, server_hostname=host, limit=_MAX_HEADER_BYTES
        )
        try:
            writer.write(
                f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: phi-gateway\r\n"
                "Accept: text/plain\r\nConnection: close\r\n\r\n".encode("ascii")
            )
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status, headers = _parse_head(head)
            if 300 <= status < 400:
                raise FetchError("redirect")
            if status != 200:
                raise FetchError("status")
            ctype = headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if ctype != "text/plain":
                raise FetchError("content_type")
            if "chunked" in headers.get("transfer-encoding", "").lower():
                return await _read_chunked(reader, max_bytes)
            if "content-length" in headers:
                length = int(headers["content-length"])
                if length > max_bytes:
                    raise FetchError("too_large")
                return await reader.readexactly(length)
            body = await reader.read(max_bytes + 1)
            while len(body) <= max_bytes:
                more = await reader.read(max_bytes + 1 - len(body))
                if not more:
                    break
                body += more
            if len(body) > max_bytes:
                raise FetchError("too_large")
            return body
        finally:
            writer.close()
            with contextlib.suppress(OSError, ssl.SSLError, TimeoutError):
                await writer.wait_closed()


def _parse_head(head: bytes) -> tuple[int, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit():
        raise ValueError("bad status line")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ValueError("bad header line")
        headers[key.strip().lower()] = value.strip()
    return int(parts[1]), headers


async def _read_chunked(reader: asyncio.StreamReader, max_bytes: int) -> bytes:
    body = bytearray()
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            return bytes(body)
        if len(body) + size > max_bytes:
            raise FetchError("too_large")
        body += await reader.readexactly(size)
        await reader.readexactly(2)


class PolicyCache:
    """Policies by domain in one JSON file, written atomically (temp file + rename).

    A cached policy is what protects a domain when an attacker blocks the TXT lookup
    or the HTTPS fetch (RFC 8461 section 5.1), so it survives restarts. Expired
    entries are dropped on load and save.
    """

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self._path = path
        self._clock = clock
        self._data: dict[str, StsPolicy] | None = None

    def _load(self) -> dict[str, StsPolicy]:
        if self._data is not None:
            return self._data
        data: dict[str, StsPolicy] = {}
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
            for domain, item in raw.get("policies", {}).items():
                data[domain] = StsPolicy(
                    mode=item["mode"],
                    mx=tuple(item["mx"]),
                    max_age=int(item["max_age"]),
                    policy_id=str(item["id"]),
                    fetched_at=float(item["fetched_at"]),
                )
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            # A corrupt cache must not stop delivery; we refetch what we need.
            log.warning("mta-sts cache unreadable, starting empty")
        self._data = data
        return data

    def get(self, domain: str) -> StsPolicy | None:
        pol = self._load().get(domain)
        if pol is not None and pol.expires_at() <= self._clock():
            return None
        return pol

    async def put(self, domain: str, policy: StsPolicy) -> None:
        data = self._load()
        data[domain] = policy
        now = self._clock()
        payload = {
            "version": 1,
            "policies": {
                d: {
                    "id": p.policy_id,
                    "mode": p.mode,
                    "mx": list(p.mx),
                    "max_age": p.max_age,
                    "fetched_at": p.fetched_at,
                }
                for d, p in sorted(data.items())
                if p.expires_at() > now
            },
        }
        await asyncio.to_thread(_atomic_write, self._path, json.dumps(payload, indent=1))


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".mta-sts-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class MtaStsResolver:
    """Discovery + fetch + cache for one process. One in-flight refresh per domain."""

    def __init__(
        self,
        resolver: dns.asyncresolver.Resolver,
        fetch: HttpsFetch,
        cache: PolicyCache,
        *,
        timeout: float,
        max_bytes: int,
        clock: Callable[[], float] = time.time,
        refresh_after: float = 86_400.0,
    ) -> None:
        self._res = resolver
        self._fetch = fetch
        self._cache = cache
        self._timeout = timeout
        self._max_bytes = max_bytes
        self._clock = clock
        self._refresh_after = refresh_after
        self._locks: dict[str, asyncio.Lock] = {}

    async def _txt_id(self, domain: str) -> tuple[str | None, bool]:
        """(policy id or None, lookup_failed)."""
        try:
            answer = await self._res.resolve(f"_mta-sts.{domain}.", "TXT")
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return None, False
        except asyncio.CancelledError:
            raise
        except dns.exception.DNSException:
            return None, True
        texts = [b"".join(rr.strings).decode("ascii", "replace") for rr in answer]
        return parse_txt(texts), False

    async def policy(self, domain: str) -> StsResult:
        domain = domain.lower().rstrip(".")
        lock = self._locks.setdefault(domain, asyncio.Lock())
        async with lock:
            return await self._policy(domain)

    async def _policy(self, domain: str) -> StsResult:
        cached = self._cache.get(domain)
        pid, failed = await self._txt_id(domain)
        if pid is None:
            # No (valid) TXT, or the lookup failed: a cached policy still binds until
            # it expires (RFC 8461 section 5.1), since removing the TXT is how an
            # attacker would try to switch MTA-STS off.
            if cached is not None:
                return StsResult(cached, "cached")
            return StsResult(None, "txt-failed" if failed else "none")
        now = self._clock()
        if (
            cached is not None
            and cached.policy_id == pid
            and now - cached.fetched_at < self._refresh_after
        ):
            return StsResult(cached, "cached")
        url = f"https://mta-sts.{domain}/.well-known/mta-sts.txt"
        try:
            body = await self._fetch(url, self._timeout, self._max_bytes)
            parsed = parse_policy(body)
        except asyncio.CancelledError:
            raise
        except FetchError as exc:
            log.info("mta-sts fetch failed: %s", exc.reason)
            return StsResult(cached, "cache-fallback" if cached else "fetch-failed")
        except PolicyParseError as exc:
            log.info("mta-sts policy invalid: %s", exc)
            return StsResult(cached, "cache-fallback" if cached else "fetch-failed")
        fresh = StsPolicy(
            mode=parsed.mode,
            mx=parsed.mx,
            max_age=parsed.max_age,
            policy_id=pid,
            fetched_at=now,
        )
        try:
            await self._cache.put(domain, fresh)
        except OSError:
            log.warning("mta-sts cache write failed")
        return StsResult(fresh, "fetched")

"""Find canary PHI in files or captured output, also when it was re-encoded.

Reusable by the end-to-end "no PHI anywhere" test: send messages carrying
distinctive canaries, then ``scan_tree_for_canaries([var_dir, log_dir], canaries)``
over everything the gateway wrote outside its encrypted stores, and
``scan_bytes_for_canaries(captured_stdout, canaries)`` over what it printed.

A plain substring search misses the usual ways PHI leaks: base64 (MIME bodies,
attachments), quoted-printable, URL or JSON escaping, UTF-16, hex dumps, gzip'd
rotated logs, and an SSN with its dashes dropped. So each canary is searched in
all of those forms. Findings name the file, the canary's index and the form,
never the canary text, so a failing assertion does not print it again.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import json
import os
import quopri
import re
import stat
import urllib.parse
import zlib
from collections.abc import Iterable
from pathlib import Path

_MAX_FILE_BYTES = 256 * 1024 * 1024
_DIGITS_ONLY = re.compile(r"[\d\s\-./()+]+")


def _b64_fragments(raw: bytes) -> list[bytes]:
    """The base64 characters that encode ``raw`` whatever its offset mod 3 in the
    encoded stream: only characters whose 6 bits fall wholly inside ``raw``."""
    out = []
    n = len(raw)
    for offset in range(3):
        enc = base64.b64encode(b"\0" * offset + raw)
        first = -(-8 * offset // 6)  # ceil
        last = (8 * (offset + n) - 6) // 6
        frag = enc[first : last + 1]
        if len(frag) >= 8:
            out.append(frag)
    return out


def canary_variants(canary: str) -> list[tuple[str, bytes, bool]]:
    """(form name, bytes to look for, case-insensitive?) for one canary."""
    raw = canary.encode("utf-8")
    forms: list[tuple[str, bytes, bool]] = [("plain", raw.lower(), True)]

    def add(name: str, value: bytes, ci: bool) -> None:
        probe = value.lower() if ci else value
        if probe and all(probe != v for _, v, _ in forms):
            forms.append((name, probe, ci))

    add("utf-16-le", canary.lower().encode("utf-16-le"), True)
    add("utf-16-be", canary.lower().encode("utf-16-be"), True)
    add("url", urllib.parse.quote(canary, safe="").encode(), True)
    add("url-plus", urllib.parse.quote_plus(canary).encode(), True)
    add("json", json.dumps(canary)[1:-1].encode(), True)
    add("quoted-printable", quopri.encodestring(raw).rstrip(b"\n").rstrip(b"=").rstrip(), True)
    add("hex", raw.hex().encode(), True)
    for i, frag in enumerate(_b64_fragments(raw)):
        add(f"base64/{i}", frag, False)
        add(f"base64url/{i}", frag.replace(b"+", b"-").replace(b"/", b"_"), False)
    if _DIGITS_ONLY.fullmatch(canary):
        digits = re.sub(r"\D", "", canary)
        if len(digits) >= 7:
            add("digits-only", digits.encode(), True)
    return forms


def scan_bytes_for_canaries(
    data: bytes, canaries: Iterable[str], where: str = "<data>"
) -> list[str]:
    """Findings (``where: canary #i (form)``) for one blob; gzip/zlib data is
    also scanned decompressed."""
    canaries = list(canaries)
    blobs = [("", data)]
    if data[:2] == b"\x1f\x8b":
        with contextlib.suppress(OSError, EOFError, zlib.error):
            blobs.append((" [gunzipped]", gzip.decompress(data)))
    found: list[str] = []
    for suffix, blob in blobs:
        lowered = blob.lower()
        # MIME wraps base64 at 76 columns; a canary may straddle a line break.
        unwrapped = blob.replace(b"\r", b"").replace(b"\n", b"")
        for i, canary in enumerate(canaries):
            for form, probe, ci in canary_variants(canary):
                hay = lowered if ci else unwrapped
                if probe in hay:
                    found.append(f"{where}{suffix}: canary #{i} ({form})")
                    break
    return found


def scan_tree_for_canaries(
    paths: Iterable[str | os.PathLike[str]],
    canaries: Iterable[str],
    *,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> list[str]:
    """Scan every regular file under ``paths`` (files or directories, followed
    recursively, symlinks not followed) for every canary in every form.

    ``exclude``: files or directories to skip (the encrypted stores, whose
    ciphertext a separate check covers). Returns one finding per (file, canary);
    an unreadable file is itself a finding, since unscanned is not clean.
    """
    canaries = list(canaries)
    if not canaries or any(not c for c in canaries):
        raise ValueError("canaries must be non-empty strings")
    skip = [Path(p).resolve() for p in exclude]
    findings: list[str] = []

    def skipped(p: Path) -> bool:
        rp = p.resolve()
        return any(rp == s or s in rp.parents for s in skip)

    def files() -> Iterable[Path]:
        for root in paths:
            rootp = Path(root)
            if rootp.is_dir() and not rootp.is_symlink():
                for dirpath, dirnames, filenames in os.walk(rootp):
                    dirnames.sort()
                    for name in sorted(filenames):
                        yield Path(dirpath) / name
            else:
                yield rootp

    for path in files():
        if skipped(path):
            continue
        try:
            st = path.lstat()
        except FileNotFoundError:
            continue  # removed while scanning (a finished spool file)
        if not stat.S_ISREG(st.st_mode):
            continue
        try:
            with path.open("rb") as f:
                data = f.read(_MAX_FILE_BYTES)
        except OSError as exc:
            findings.append(f"{path}: unreadable ({exc.strerror})")
            continue
        findings.extend(scan_bytes_for_canaries(data, canaries, str(path)))
    return findings

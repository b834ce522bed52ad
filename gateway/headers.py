"""The top-level header block of a raw message, as byte ranges.

Every stage that reads or edits headers (consent, unsubscribe, transform, pools)
uses these: fields are located by offsets, so removing or reading one leaves
every other byte of the message exactly as it was (DKIM and byte-exact relay
depend on that). CRLF and bare LF line ends are both understood.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: bytes  # lowercased, WSP before the colon removed; b"" for a line with no colon
    start: int
    end: int  # exclusive, includes the field's final line ending


# The last split, by identity of the message object: consent, unsubscribe, the
# Message-ID lookup and consent stripping each ask for the same message in turn.
# The slice assignment is atomic under the GIL, so threads at worst recompute.
_last: list[tuple[bytes, tuple[list[Field], int]]] = []


def header_fields(raw: bytes) -> tuple[list[Field], int]:
    """Split the top-level header block into fields (folded lines kept together).

    Returns the fields and the offset where the header block ends (the start of the
    empty separator line, or len(raw) if the message has no body). The result may
    be shared between callers: do not mutate it.
    """
    last = _last[0] if _last else None
    if last is not None and last[0] is raw:
        return last[1]
    result = _split(raw)
    _last[:] = [(raw, result)]
    return result


def _split(raw: bytes) -> tuple[list[Field], int]:
    fields: list[Field] = []
    pos = 0
    size = len(raw)
    while pos < size:
        nl = raw.find(b"\n", pos)
        end = size if nl < 0 else nl + 1
        line = raw[pos:end]
        if line in (b"\r\n", b"\n"):
            return fields, pos
        if line[:1] in (b" ", b"\t") and fields:
            prev = fields[-1]
            fields[-1] = Field(prev.name, prev.start, end)
        else:
            colon = line.find(b":")
            name = line[:colon].rstrip(b" \t").lower() if colon > 0 else b""
            fields.append(Field(name, pos, end))
        pos = end
    return fields, size


def get_header_values(raw: bytes, name: str) -> list[str]:
    """Unfolded values of every top-level field called ``name`` (case-insensitive)."""
    want = name.lower().encode("ascii")
    out: list[str] = []
    fields, _ = header_fields(raw)
    for f in fields:
        if f.name == want:
            chunk = raw[f.start : f.end]
            value = chunk[chunk.index(b":") + 1 :]
            # Unfold (RFC 5322 2.2.3): drop line breaks; bytes outside ASCII survive as
            # surrogates and then fail the token grammar, as they should.
            value = re.sub(rb"\r?\n", b"", value)
            out.append(value.decode("ascii", errors="surrogateescape").strip())
    return out


def remove_headers(raw: bytes, names: Iterable[str]) -> bytes:
    """Remove every top-level field with one of ``names``; all other bytes unchanged."""
    want = {n.lower().encode("ascii") for n in names}
    fields, _ = header_fields(raw)
    drop = [f for f in fields if f.name in want]
    if not drop:
        return raw
    parts: list[bytes] = []
    pos = 0
    for f in drop:
        parts.append(raw[pos : f.start])
        pos = f.end
    parts.append(raw[pos:])
    return b"".join(parts)


def split(raw: bytes) -> tuple[bytes, bytes]:
    """(header block, rest starting at the empty separator line)."""
    _, end = header_fields(raw)
    return raw[:end], raw[end:]


def named_values(raw: bytes) -> list[tuple[str, str]]:
    """(name as written, unfolded value) for every top-level field."""
    out: list[tuple[str, str]] = []
    fields, _ = header_fields(raw)
    for f in fields:
        chunk = raw[f.start : f.end]
        colon = chunk.find(b":")
        if colon <= 0:
            continue
        name = chunk[:colon].rstrip(b" \t").decode("ascii", "replace")
        value = re.sub(rb"\r?\n", b"", chunk[colon + 1 :]).decode("ascii", "replace").strip()
        out.append((name, value))
    return out

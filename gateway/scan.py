"""parse + detect for one message: the part of policy evaluation that reads content.

Never raises on message content: a detector failure becomes an "unscannable" finding whose
reason names the exception type only (exception text may quote the message).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from gateway.detect.engine import Detection, DetectorEngine, summarise
from gateway.parse import ParsedMessage, ScanLimits, parse_message


@dataclass(frozen=True)
class ScanResult:
    parsed: ParsedMessage
    detection: Detection
    unscannable: tuple[str, ...]  # parse reasons plus "detector_error" if detection failed


def scan_message(
    raw: bytes,
    engine: DetectorEngine,
    limits: ScanLimits | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ScanResult:
    """Parse and detect; bounded by ``limits`` and safe on any input."""
    limits = limits or ScanLimits()
    # One time bound for the whole scan: parsing and extraction check it as they go,
    # detection between parts (each part's scan is linear in its text, which
    # max_decoded_bytes bounds).
    deadline = clock() + limits.max_seconds
    try:
        parsed = parse_message(raw, limits, clock)
    except Exception:
        parsed = ParsedMessage((), (), ("structure",), len(raw))
    reasons = list(parsed.unscannable)
    try:
        detection = engine.detect(
            ((p.part, p.text) for p in parsed.parts),
            len(reasons),
            out_of_time=lambda: clock() > deadline,
        )
        if detection.stopped and "time" not in reasons:
            reasons.append("time")
    except Exception:
        reasons.append("detector_error")
        detection = summarise([], len(reasons))
    return ScanResult(parsed, detection, tuple(reasons))

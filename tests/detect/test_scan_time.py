"""The per-message time bound covers detection too, checked between parts and between the
pieces of a long part (pieces.py).

The clock is fake; each scan moves it on, as a slow scan would.
"""

from __future__ import annotations

import pytest

from gateway.detect.engine import DetectorEngine
from gateway.parse import ScanLimits
from gateway.scan import scan_message

RAW = (
    b"Subject: three notes\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
    + b"".join(
        b"--b\r\nContent-Type: text/plain\r\n\r\nRoom booking number " + str(i).encode() + b".\r\n"
        for i in range(3)
    )
    + b"--b--\r\n"
)


def slow_clock(
    engine: DetectorEngine, monkeypatch: pytest.MonkeyPatch, per_part: float
) -> tuple[list[float], list[str]]:
    now = [0.0]
    scanned: list[str] = []
    real = engine.scan_text

    def scan_text(text: str) -> list[object]:
        scanned.append(text[:4])
        now[0] += per_part
        return real(text)  # type: ignore[return-value]

    monkeypatch.setattr(engine, "scan_text", scan_text)
    return now, scanned


def test_detection_stops_at_the_time_bound_and_says_so(
    engine: DetectorEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    now, scanned = slow_clock(engine, monkeypatch, per_part=10.0)
    result = scan_message(RAW, engine, ScanLimits(max_seconds=15.0), clock=lambda: now[0])
    # Subject at t=0, first body part at t=10; at t=20 the bound (15 s) has passed.
    assert len(scanned) == 2
    assert result.detection.stopped
    assert "time" in result.unscannable
    assert any(f.detector == "unscannable" for f in result.detection.findings)


def test_within_the_bound_every_part_is_scanned(
    engine: DetectorEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    now, scanned = slow_clock(engine, monkeypatch, per_part=1.0)
    result = scan_message(RAW, engine, ScanLimits(max_seconds=15.0), clock=lambda: now[0])
    assert len(scanned) == 4  # subject and three body parts
    assert not result.detection.stopped
    assert result.unscannable == ()
    assert not any(f.detector == "unscannable" for f in result.detection.findings)


def test_detection_stops_inside_one_long_part(
    engine: DetectorEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One 1 MB part: a single hostile part used to hold the scan thread past the bound
    # (~4 s per MB of some text), since the bound was asked only between parts.
    body = b"Room booking number 12.\r\n" * 40_000
    raw = b"Subject: bookings\r\nContent-Type: text/plain\r\n\r\n" + body
    now, scanned = slow_clock(engine, monkeypatch, per_part=1.0)
    result = scan_message(raw, engine, ScanLimits(max_seconds=3.5), clock=lambda: now[0])
    # Subject at t=0, body pieces at t=1, 2, 3; at t=4 the bound has passed, with most of
    # the part (8 pieces of 128 K characters) still unscanned.
    assert len(scanned) == 4
    assert result.detection.stopped
    assert "time" in result.unscannable


def _many_names() -> str:
    firsts = ["Maria", "Jose", "Linda", "Robert", "Susan", "David", "Karen", "James"]
    lasts = ["Lopez", "Garcia", "Miller", "Wilson", "Moore", "Taylor", "Anderson", "Thomas"]
    names = [f"{f} {last}" for f in firsts for last in lasts]  # 64 distinct names
    return " ".join(f"{n} called today." for n in names * 2) + " The asthma walk is on Saturday."


def test_the_name_link_step_asks_the_clock_too(engine: DetectorEngine) -> None:
    # 128 bare names and a health term, none linked: the link step checks every name.
    asked = [0]

    def out_of_time() -> bool:
        asked[0] += 1
        # Before the part, after its patterns, after its table pass: within the bound; the
        # link step's first ask stops.
        return asked[0] > 3

    found = engine.detect([("body", _many_names())], out_of_time=out_of_time)
    assert found.stopped
    assert asked[0] == 4
    assert any(f.detector == "unscannable" for f in found.findings)


def test_the_name_link_step_within_the_bound_checks_every_name(engine: DetectorEngine) -> None:
    asked = [0]

    def out_of_time() -> bool:
        asked[0] += 1
        return False

    found = engine.detect([("body", _many_names())], out_of_time=out_of_time)
    assert not found.stopped
    # Before the part, after its patterns, after its table pass, then once at the 64th name
    # (128 names); the misspelling pass does not run (the part has a health word).
    assert asked[0] == 4
    assert not found.phi


# A patient under a "Patient" column (the table pass) whose only health word is misspelt:
# PHI only once the misspelling pass has run.
TABLE = "Patient | Visit\nMaria Lopez | follow-up\n\nShe still has hypertenson.\n"


@pytest.mark.parametrize(
    ("stop_at", "passes"),
    [(2, []), (3, ["table"]), (None, ["table", "misspell"])],
)
def test_the_table_and_misspelling_passes_ask_the_clock_before_each(
    engine: DetectorEngine,
    monkeypatch: pytest.MonkeyPatch,
    stop_at: int | None,
    passes: list[str],
) -> None:
    from gateway.detect import engine as engine_mod

    ran: list[str] = []
    table_names = engine_mod.table_names
    assert engine._misspell is not None
    find = engine._misspell.find

    def table(text: str) -> list[tuple[int, int]]:
        ran.append("table")
        return table_names(text)

    def misspell(text: str) -> list[tuple[int, int]]:
        ran.append("misspell")
        return find(text)

    monkeypatch.setattr(engine_mod, "table_names", table)
    monkeypatch.setattr(engine._misspell, "find", misspell)
    asked = [0]

    def out_of_time() -> bool:
        asked[0] += 1
        return stop_at is not None and asked[0] >= stop_at

    found = engine.detect([("body", TABLE)], out_of_time=out_of_time)
    assert ran == passes
    assert found.stopped is (stop_at is not None)
    # PHI only after the misspelling pass; a stop makes the message unscannable.
    assert found.phi is (stop_at is None)
    assert any(f.detector == "unscannable" for f in found.findings) is (stop_at is not None)

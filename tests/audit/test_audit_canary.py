"""The canary scanner the end-to-end no-PHI test reuses."""

from __future__ import annotations

import base64
import gzip
import quopri
import urllib.parse
from pathlib import Path

import pytest

from tests.audit.canary import scan_bytes_for_canaries, scan_tree_for_canaries

CANARIES = ["Zebulon Quixoteson", "987-65-4329", "MRN-QX-771203"]


@pytest.mark.parametrize(
    "encode",
    [
        lambda c: c.encode(),
        lambda c: c.upper().encode(),
        lambda c: b"xx" + base64.b64encode(b"prefix " + c.encode() + b" suffix"),
        lambda c: base64.encodebytes(b"ab" + c.encode() * 3),  # MIME-wrapped
        lambda c: quopri.encodestring(c.encode()),
        lambda c: urllib.parse.quote(c).encode(),
        lambda c: c.encode("utf-16-le"),
        lambda c: c.encode().hex().encode(),
        lambda c: gzip.compress(b"log line " + c.encode()),
    ],
)
def test_finds_each_canary_in_each_form(tmp_path: Path, encode: object) -> None:
    assert callable(encode)
    for i, c in enumerate(CANARIES):
        f = tmp_path / f"f{i}.log"
        data = encode(c)
        # A gzip'd rotated log is a whole file; everything else sits amid noise.
        f.write_bytes(data if data[:2] == b"\x1f\x8b" else b"noise\n" + data + b"\nnoise\n")
    found = scan_tree_for_canaries([tmp_path], CANARIES)
    assert len(found) == len(CANARIES), found
    for finding in found:
        assert not any(c in finding for c in CANARIES)  # never re-printed


def test_ssn_without_dashes() -> None:
    assert scan_bytes_for_canaries(b"ssn=987654329", CANARIES)


def test_clean_tree_and_exclusions(tmp_path: Path) -> None:
    (tmp_path / "clean.log").write_text("accepted queue_id=Q1 decision=portal\n")
    store = tmp_path / "portal-store"
    store.mkdir()
    (store / "blob").write_text(CANARIES[0])  # excluded: checked separately as ciphertext
    assert scan_tree_for_canaries([tmp_path], CANARIES, exclude=[store]) == []
    assert len(scan_tree_for_canaries([tmp_path], CANARIES)) == 1


def test_single_file_and_missing_paths(tmp_path: Path) -> None:
    f = tmp_path / "one.txt"
    f.write_text(f"x {CANARIES[2]} y")
    assert scan_tree_for_canaries([f, tmp_path / "gone"], CANARIES) == [f"{f}: canary #2 (plain)"]


def test_rejects_empty_canaries(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        scan_tree_for_canaries([tmp_path], [""])

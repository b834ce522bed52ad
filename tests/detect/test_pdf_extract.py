"""PDF text through PDFium in a worker process: findings, fallbacks and bounds.

pypdfium2 is a dependency: without it these tests fail rather than skip. Each bound is
checked by the flag (or the text) it produces, so removing the bound fails its test.
"""

from __future__ import annotations

import io
import os
import threading
import time
import zlib
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from formats import message
from pypdf import PdfReader, PdfWriter

import gateway.parse as parse
from gateway.detect.engine import DetectorEngine
from gateway.parse import ScanLimits, parse_message

SECRET = "Patient: Maria Lopez DOB 03/14/1975 diagnosed with asthma.\nMRN: 1234567"
TRUETYPE = b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /Encoding /WinAnsiEncoding >>"


def build(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (1 = catalog), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def flate(data: bytes) -> bytes:
    z = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream"


def cid_pdf(text: str, lines_per_page: int = 40) -> bytes:
    """``text`` in a Type0 font (Identity-H) whose glyph codes are not ASCII: only the
    ToUnicode map turns them back into text (how Chrome, Word and LibreOffice write PDFs)."""
    chars = sorted(set(text) - {"\n"})
    code = {c: 0x0100 + i for i, c in enumerate(chars)}
    bfchar = "".join(f"<{code[c]:04X}> <{c.encode('utf-16-be').hex()}>\n" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchar}endbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    lines = text.splitlines() or [""]
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    kids = b" ".join(b"%d 0 R" % (6 + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Sans /Encoding /Identity-H"
        b" /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Sans /DW 500"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        b" /FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+Sans /Flags 32"
        b" /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200"
        b" /CapHeight 700 /StemV 80 >> >>",
        flate(cmap),
    ]
    for i, page in enumerate(pages):
        ops = [b"BT /F1 10 Tf 12 TL 40 800 Td"]
        ops += [b"<" + "".join(f"{code[c]:04X}" for c in ln).encode() + b"> Tj T*" for ln in page]
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % (7 + 2 * i)
        )
        objects.append(flate(b"\n".join([*ops, b"ET"])))
    return build(objects)


def ops_pdf(count: int) -> bytes:
    """One page of ``count`` one-glyph text objects in a non-standard font (so PDFium reads
    it): ~7 bytes of content each, ~550 bytes of PDFium memory and ~1 us each."""
    content = b"BT /F1 1 Tf " + b"(a) Tj\n" * count + b"ET"
    return build(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            flate(content),
            TRUETYPE,
        ]
    )


def pdf_message(pdf: bytes, subject: str = "Results") -> bytes:
    msg = EmailMessage()
    msg["From"] = "care@clinic.example"
    msg["To"] = "someone@example.net"
    msg["Subject"] = subject
    msg.set_content("See the attached report.")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="report.pdf")
    return msg.as_bytes()


def attachment_text(raw: bytes, limits: ScanLimits | None = None) -> tuple[str, tuple[str, ...]]:
    parsed = parse_message(raw, limits)
    text = "".join(p.text for p in parsed.parts if p.part.startswith("attachment"))
    return text, parsed.unscannable


def findings(engine: DetectorEngine, raw: bytes) -> tuple[tuple[str, str, int, str], ...]:
    parsed = parse_message(raw)
    assert parsed.unscannable == ()
    det = engine.detect((p.part, p.text) for p in parsed.parts)
    return tuple(sorted((f.detector, f.part, f.count, str(f.confidence)) for f in det.findings))


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts documents handed to the PDFium pool."""
    seen: list[int] = []
    real = parse._PDFIUM.extract

    def spy(data: bytes, budget: parse._Budget) -> tuple[list[str], str]:
        seen.append(len(data))
        return real(data, budget)

    monkeypatch.setattr(parse._PDFIUM, "extract", spy)
    return seen


@pytest.fixture
def fresh_pool(monkeypatch: pytest.MonkeyPatch) -> Iterator[parse._PdfPool]:
    pool = parse._PdfPool(2)
    monkeypatch.setattr(parse, "_PDFIUM", pool)
    yield pool
    pool.close()


def test_cid_font_pdf_phi_is_found_through_pdfium(engine: DetectorEngine, calls: list[int]) -> None:
    pdf = cid_pdf(SECRET)
    assert b"Maria" not in pdf and b"1975" not in pdf  # no plain text to stumble on
    assert parse._simple_page_text(PdfReader(io.BytesIO(pdf)).pages[0]) is None
    raw = pdf_message(pdf)
    text, unscannable = attachment_text(raw)
    assert unscannable == ()
    assert "Maria Lopez DOB 03/14/1975" in text
    assert "MRN: 1234567" in text
    assert calls  # PDFium did it, not the fast path
    parsed = parse_message(raw)
    det = engine.detect((p.part, p.text) for p in parsed.parts)
    assert det.phi
    assert {"dob", "mrn"} <= {f.detector for f in det.findings if f.part == "attachment:1"}


def test_standard_font_pdf_keeps_the_fast_path(calls: list[int]) -> None:
    text, unscannable = attachment_text(message("x", SECRET, "pdf"))
    assert "03/14/1975" in text and unscannable == ()
    assert calls == []


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        (SECRET, True),
        (
            "Dear Dr. Smith,\nYour patient John Carter (DOB 01/02/1960) was admitted for"
            " pneumonia.\nCall (415) 555-0123 about SSN 078-05-1120.",
            True,
        ),
        ("Quarterly sales rose 4 %. Order 123456789 ships 2024-05-01.", False),
    ],
)
def test_findings_are_the_same_on_every_path(
    engine: DetectorEngine, monkeypatch: pytest.MonkeyPatch, text: str, phi: bool
) -> None:
    standard = message("Results", text, "pdf")
    cid = pdf_message(cid_pdf(text))
    fast = findings(engine, standard)
    with monkeypatch.context() as m:
        m.setattr(parse, "_simple_page_text", lambda page: None)
        via_pdfium = findings(engine, standard)
        cid_pdfium = findings(engine, cid)
        m.setattr(parse._PDFIUM, "enabled", False)
        via_pypdf = findings(engine, standard)
        cid_pypdf = findings(engine, cid)
    assert fast == via_pdfium == via_pypdf == cid_pdfium == cid_pypdf
    assert bool(fast) == phi


def test_pypdf_extracts_when_pdfium_is_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse._PDFIUM, "enabled", False)
    text, unscannable = attachment_text(pdf_message(cid_pdf(SECRET)))
    assert "Maria Lopez DOB 03/14/1975" in text and unscannable == ()


def test_a_worker_that_cannot_load_pdfium_means_pypdf(
    fresh_pool: parse._PdfPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        parse, "_WORKER_SRC", "import os, struct; os.write(1, struct.pack('!cQI', b'N', 0, 0))"
    )
    text, unscannable = attachment_text(pdf_message(cid_pdf(SECRET)))
    assert "Maria Lopez DOB 03/14/1975" in text and unscannable == ()
    assert not fresh_pool.enabled


def test_a_worker_breaking_protocol_is_killed_and_the_pdf_unscannable(
    fresh_pool: parse._PdfPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A worker taken over by a hostile PDF: answers with a 4 GB frame, then hangs.
    fake = (
        "import os, struct, time\n"
        "os.write(1, struct.pack('!cQI', b'R', 0, 0))\n"
        "hdr = os.read(0, 36)\n"
        "os.write(1, struct.pack('!cQI', b'P', struct.unpack('!Q', hdr[:8])[0], 2**32 - 1))\n"
        "time.sleep(60)\n"
    )
    monkeypatch.setattr(parse, "_WORKER_SRC", fake)
    start = time.monotonic()
    text, unscannable = attachment_text(pdf_message(cid_pdf(SECRET)))
    assert "pdf" in unscannable and "1975" not in text
    assert time.monotonic() - start < 5
    assert fresh_pool.idle == []  # killed, not reused
    assert fresh_pool.enabled


def test_worker_runs_without_environment_core_dumps_or_forks(
    fresh_pool: parse._PdfPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not Path("/proc/self/limits").exists():
        pytest.skip("needs /proc")
    monkeypatch.setenv("GATEWAY_TEST_SECRET", "hunter2")
    text, _ = attachment_text(pdf_message(cid_pdf(SECRET)), ScanLimits(max_pdf_memory=300 << 20))
    assert "1975" in text
    (worker,) = fresh_pool.idle
    pid = worker.proc.pid
    assert b"GATEWAY_TEST_SECRET" not in Path(f"/proc/{pid}/environ").read_bytes()
    limits = {
        line[:26].strip(): line[26:].split()[0]
        for line in Path(f"/proc/{pid}/limits").read_text().splitlines()[1:]
    }
    assert limits["Max core file size"] == "0"
    assert limits["Max processes"] == "0"
    assert limits["Max file size"] == "0"
    assert limits["Max address space"] == str(300 << 20)
    assert os.getpgid(pid) == pid  # its own process group, killed as one


def test_memory_bomb_is_unscannable_and_the_next_pdf_still_works() -> None:
    # 14 MB of content; PDFium needs ~1.1 GB for it, and gets 256 MB.
    start = time.monotonic()
    text, unscannable = attachment_text(
        pdf_message(ops_pdf(2_000_000)), ScanLimits(max_pdf_memory=256 << 20, max_seconds=30)
    )
    assert "pdf" in unscannable
    assert time.monotonic() - start < 20
    text, unscannable = attachment_text(pdf_message(cid_pdf(SECRET)))
    assert "03/14/1975" in text and unscannable == ()


def test_a_page_past_the_time_budget_is_stopped() -> None:
    attachment_text(pdf_message(cid_pdf("warm up")))  # a worker is running
    # One page PDFium needs ~0.5 s for; the time bound is otherwise checked between pages.
    raw = pdf_message(ops_pdf(400_000))
    start = time.monotonic()
    _, unscannable = attachment_text(raw, ScanLimits(max_seconds=0.1))
    assert "time" in unscannable
    assert time.monotonic() - start < 0.1 + parse._GRACE


def test_page_and_byte_bounds_apply_to_pdfium() -> None:
    lines = "\n".join(f"line {i} DOB 03/14/1975" for i in range(200))
    raw = pdf_message(cid_pdf(lines, lines_per_page=40))  # 5 pages
    text, unscannable = attachment_text(raw, ScanLimits(max_pdf_pages=2))
    assert "pages" in unscannable
    assert "line 79 " in text and "line 80 " not in text
    pdf_size = len(cid_pdf(lines, lines_per_page=40))
    text, unscannable = attachment_text(raw, ScanLimits(max_decoded_bytes=pdf_size + 2000))
    assert "bytes" in unscannable
    assert len(text) < 2000


def test_encrypted_pdf_is_flagged_by_pdfium(calls: list[int]) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(cid_pdf(SECRET))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    text, unscannable = attachment_text(pdf_message(out.getvalue()))
    assert unscannable == ("pdf_encrypted",)
    assert "1975" not in text
    assert calls  # decided by PDFium: the font names are visible, so pypdf never opened it


@pytest.mark.parametrize(
    ("pdf", "expected"),
    [
        (b"%PDF-1.7\n/FontFile2 " + bytes(range(256)) * 40, None),
        (b"%PDF-1.7\n/Type0", None),
        (cid_pdf(SECRET)[:600], None),
        (cid_pdf(SECRET).replace(b"/Root 1 0 R", b"/Root 9 0 R"), None),
        # A lying page count: PDFium counts the real pages.
        (ops_pdf(10).replace(b"/Count 1", b"/Count 2147483647"), "a" * 10),
    ],
    ids=["garbage", "header-only", "truncated", "no-root", "huge-count"],
)
def test_broken_pdfs_are_unscannable_never_raise(pdf: bytes, expected: str | None) -> None:
    text, unscannable = attachment_text(pdf_message(pdf))
    if expected is None:
        assert unscannable == ("pdf",) and text == ""
    else:
        assert unscannable == () and text == expected


def test_threads_each_get_their_own_text() -> None:
    results: dict[int, str] = {}

    def scan(n: int) -> None:
        raw = pdf_message(cid_pdf(f"Patient MRN: {7_000_000 + n}\nDOB 03/14/1975"))
        results[n] = attachment_text(raw)[0]

    threads = [threading.Thread(target=scan, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(results) == list(range(8))
    for n, text in results.items():
        assert f"MRN: {7_000_000 + n}" in text
        assert text.count("MRN") == 1

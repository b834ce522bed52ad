"""Detector speed: MB/s of decoded text per core, and evaluate() latency.

    PYTHONPATH=. python bench/detect_speed.py [--seconds 3]

Reports (single thread = one core):
- scan_text throughput on realistic prose with a few identifiers, Hyperscan and pure-re paths;
- the same on number-dense text (worst case: every line holds identifiers);
- PolicyEngine.evaluate on a 4 KB plain message (mean, p99);
- evaluate on 50 KB and 200 KB of repeated hostile shapes (the ratio shows superlinear work);
- PolicyEngine.evaluate on a ~50 KB message with a PDF attachment (mean, p99): standard
  fonts (regex fast path), the same PDF forced through pypdf and through PDFium, and a
  Type0/CID-font PDF with a ToUnicode map (what Chrome, Word and LibreOffice write) through
  PDFium (the default for such PDFs) and through pypdf (the fallback without pypdfium2).
"""

from __future__ import annotations

import argparse
import gc
import io
import statistics
import sys
import textwrap
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "accuracy"))
sys.path.insert(0, str(HERE.parent))

from faker import Faker  # noqa: E402
from formats import message  # noqa: E402

import gateway.parse as parse_mod  # noqa: E402
from gateway.detect.engine import DetectorEngine  # noqa: E402
from gateway.model import Envelope  # noqa: E402
from gateway.policy import PolicyEngine, PolicySettings  # noqa: E402


def prose(fk: Faker, size: int) -> str:
    out: list[str] = []
    n = 0
    while n < size:
        para = fk.paragraph(nb_sentences=8)
        if len(out) % 6 == 5:
            para += (
                f" Order {fk.random_number(9, True)} ships {fk.date()}."
                f" Call {fk.numerify('(415) 555-0###')}."
            )
        out.append(para)
        n += len(para) + 2
    return "\n\n".join(out)[:size]


def dense(fk: Faker, size: int) -> str:
    lines: list[str] = []
    n = 0
    while n < size:
        line = (
            f"Patient: {fk.first_name()} {fk.last_name()} DOB {fk.date_of_birth():%m/%d/%Y} "
            f"SSN {fk.ssn()} phone {fk.numerify('(415) 555-0###')} order {fk.random_number(9)} "
            f"dx E11.9, metformin."
        )
        lines.append(line)
        n += len(line) + 1
    return "\n".join(lines)[:size]


def throughput(
    fn: Callable[[str], object], texts: list[str], seconds: float
) -> tuple[float, float]:
    """MB/s of text per wall-clock second and per CPU second of this thread. On a shared
    machine the CPU figure is the one to read: it is what one core does when it is ours."""
    total = 0
    start, cpu = time.perf_counter(), time.thread_time()
    while time.perf_counter() - start < seconds:
        for t in texts:
            fn(t)
            total += len(t)
    wall, cpu = time.perf_counter() - start, time.thread_time() - cpu
    return total / wall / 1e6, total / max(cpu, 1e-9) / 1e6


def latency(fn: Callable[[], object], n: int) -> tuple[float, float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    times.sort()
    return statistics.fmean(times) * 1000, times[int(0.99 * (n - 1))] * 1000


def cid_pdf_bytes(text: str, lines_per_page: int = 50) -> bytes:
    """A PDF showing ``text`` in a Type0 font (Identity-H, two-byte glyph codes) whose only
    route back to text is its ToUnicode map: the shape Chrome, Word and LibreOffice write."""
    chars = sorted(set(text) - {"\n"})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    lines = text.splitlines() or [""]
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    bf: list[str] = []
    for i in range(0, len(chars), 100):
        block = chars[i : i + 100]
        bf.append(f"{len(block)} beginbfchar\n")
        bf.extend(f"<{cid[c]:04X}> <{c.encode('utf-16-be').hex()}>\n" for c in block)
        bf.append("endbfchar\n")
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + "".join(bf)
        + "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()

    def stream(data: bytes) -> bytes:
        z = zlib.compress(data)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream"

    kids = b" ".join(b"%d 0 R" % (6 + 2 * i) for i in range(len(pages)))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+LiberationSans /Encoding /Identity-H"
        b" /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+LiberationSans /DW 500"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        b" /FontDescriptor << /Type /FontDescriptor /FontName /AAAAAA+LiberationSans /Flags 32"
        b" /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200"
        b" /CapHeight 700 /StemV 80 >> >>",
        stream(cmap),
    ]
    for i, page in enumerate(pages):
        ops = [b"BT /F1 10 Tf 12 TL 40 800 Td"]
        ops += [b"<" + "".join(f"{cid[c]:04X}" for c in ln).encode() + b"> Tj T*" for ln in page]
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % (7 + 2 * i)
        )
        objs.append(stream(b"\n".join([*ops, b"ET"])))
    out = io.BytesIO(b"%PDF-1.7\n")
    out.seek(0, 2)
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objs) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


@contextmanager
def forced(fast_path: bool, pdfium: bool) -> Iterator[None]:
    """Switch off the standard-font fast path and/or PDFium for a measurement."""
    fast, enabled = parse_mod._simple_page_text, parse_mod._PDFIUM.enabled
    if not fast_path:
        parse_mod._simple_page_text = lambda page: None
    parse_mod._PDFIUM.enabled = enabled and pdfium
    try:
        yield
    finally:
        parse_mod._simple_page_text, parse_mod._PDFIUM.enabled = fast, enabled


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    fk = Faker("en_US")
    Faker.seed(3)
    engine = PolicyEngine.load(PolicySettings(dir=HERE.parent / "policies"))
    re_engine = DetectorEngine(engine.detector.spec, use_hyperscan=False)
    # As the gateway does after loading policy (app.py): the long-lived tables (ICD-10 codes,
    # name and word lists, automata) leave the cyclic collector's reach, so a collection
    # triggered by a burst of hits does not walk them.
    gc.collect()
    gc.freeze()
    texts = [prose(fk, 16_000) for _ in range(16)]
    dense_texts = [dense(fk, 16_000) for _ in range(4)]
    print(f"hyperscan in use: {engine.detector.uses_hyperscan}")
    for label, eng in (("hyperscan", engine.detector), ("pure re", re_engine)):
        mbs, mbs_cpu = throughput(eng.scan_text, texts, args.seconds)
        dmbs, dmbs_cpu = throughput(eng.scan_text, dense_texts, args.seconds)
        print(
            f"scan_text {label:9s}: prose {mbs:6.1f} MB/s ({mbs_cpu:.1f} per CPU s), "
            f"number-dense {dmbs:5.1f} MB/s ({dmbs_cpu:.1f} per CPU s)"
        )
    if engine.detector.uses_hyperscan:
        # The floor under number-dense scanning: the hyperscan binding calls back into Python
        # once per report (retaking the GIL), and this text has a report every ~11 bytes.
        det = engine.detector
        count = [0]

        def on_match(*_: object) -> None:
            count[0] += 1

        def hs_only(text: str) -> None:
            data = text.encode("ascii", "replace")
            for (db, _), scratch in zip(det._hs_dbs, det._scratches(), strict=True):
                db.scan(data, on_match, scratch=scratch)

        hmbs, hmbs_cpu = throughput(hs_only, dense_texts, args.seconds)
        count[0] = 0
        for t in dense_texts:
            hs_only(t)
        kb = sum(map(len, dense_texts)) / 1000
        hits = sum(len(det.scan_text(t)) for t in dense_texts)
        print(
            f"number-dense floor: the Hyperscan pass alone (callback counting reports) "
            f"{hmbs:.1f} MB/s ({hmbs_cpu:.1f} per CPU s); per KB {count[0] / kb:.0f} reports, "
            f"{hits / kb:.0f} hits"
        )

    env = Envelope("care@clinic.example", ("patient@example.net",))
    small = message("Weekly update", prose(fk, 4000))
    mean, p99 = latency(lambda: engine.evaluate(env, small), 2000)
    print(f"evaluate 4 KB plain message ({len(small)} B): mean {mean:.3f} ms, p99 {p99:.3f} ms")

    body = prose(fk, 3000)
    pdf_text = prose(fk, 30_000) + "\nPatient: Maria Lopez DOB 03/14/1975 diagnosed with asthma."
    big = message("Report", pdf_text, "pdf")
    big = big.replace(b"Please see the attached document.", body.encode(), 1)
    mean, p99 = latency(lambda: engine.evaluate(env, big), 200)
    print(
        f"evaluate {len(big) // 1024} KB message with PDF attachment (standard fonts): "
        f"mean {mean:.2f} ms, p99 {p99:.2f} ms"
    )
    # The same PDF through pypdf's extractor (what every non-standard-font PDF took before
    # PDFium, and still takes when pypdfium2 is missing), then through PDFium.
    if not parse_mod._PDFIUM.enabled:
        print("pypdfium2 is not installed: the PDFium cases are pypdf")
    size = len(big) // 1024
    for label, pdfium in (("pypdf path", False), ("PDFium path", True)):
        with forced(fast_path=False, pdfium=pdfium):
            engine.evaluate(env, big)  # PDFium: starts the worker (once per process)
            mean, p99 = latency(lambda: engine.evaluate(env, big), 100)
        print(
            f"evaluate {size} KB message with PDF attachment ({label}): "
            f"mean {mean:.2f} ms, p99 {p99:.2f} ms"
        )
    # The same text in a Type0/CID font with a ToUnicode map, ~50 lines a page.
    wrapped = "\n".join(textwrap.fill(p, 90) for p in pdf_text.split("\n"))
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "care@clinic.example", "p@example.net", "Report"
    msg.set_content(body)
    msg.add_attachment(
        cid_pdf_bytes(wrapped), maintype="application", subtype="pdf", filename="r.pdf"
    )
    cid_msg = msg.as_bytes()
    for label, pdfium in (("PDFium", True), ("pypdf", False)):
        with forced(fast_path=True, pdfium=pdfium):
            engine.evaluate(env, cid_msg)
            mean, p99 = latency(lambda: engine.evaluate(env, cid_msg), 100)
        print(
            f"evaluate {len(cid_msg) // 1024} KB message with Type0/CID-font PDF ({label}): "
            f"mean {mean:.2f} ms, p99 {p99:.2f} ms"
        )
    scaling(engine, env)


# Repeated shapes a hostile sender can fill a message with; each once exposed a per-hit scan
# over all other hits (quadratic: 200 KB of "NPI ... MRN ..." took 12 s). Linear work gives a
# ratio near 4 between the two sizes.
HOSTILE = {
    "repeated NPI + MRN": "NPI 1234567893 MRN 12345678 ",
    "address + DOB + name": "123 Main Street DOB 03/14/1975 Maria Lopez ",
    "names with a diagnosis": "Maria Lopez had diabetes. ",
    "names with role words": "Pharmacist Maria Lopez ",
    # Every name checked for a link, none found (the whose.py path at its most expensive).
    "names beside a diagnosis": "Maria Lopez from Acme on the new diabetes devices. ",
    "SSN, phone, card": "123-45-6789 555-867-5309 4111111111111111 ",
    # A patient table (tables.py) row after row, every cell labelled.
    "patient table rows": "Patient | Bed | Dx\nMaria Lopez | 4 | diabetes\n",
}


def scaling(engine: PolicyEngine, env: Envelope) -> None:
    for label, unit in HOSTILE.items():
        took = []
        for size in (50_000, 200_000):
            raw = ("Subject: x\r\n\r\n" + unit * (size // len(unit)) + "\r\n").encode()
            t0 = time.perf_counter()
            engine.evaluate(env, raw)
            took.append(time.perf_counter() - t0)
        ratio = took[1] / took[0]
        flag = "  SUPERLINEAR" if ratio > 8 else ""
        print(
            f"evaluate {label}: 50 KB {took[0] * 1000:.0f} ms, 200 KB {took[1] * 1000:.0f} ms, "
            f"ratio {ratio:.1f}{flag}"
        )


if __name__ == "__main__":
    main()

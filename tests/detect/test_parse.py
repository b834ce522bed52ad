"""Part types, encodings and bounds of gateway.parse: never a crash, never the file name."""

from __future__ import annotations

import base64
import io
import itertools
import zipfile

import pytest
from formats import FORMATS, docx_bytes, message, pdf_bytes
from pypdf import PdfReader

from gateway.parse import (
    ScanLimits,
    _simple_page_text,
    decode_text,
    html_to_text,
    parse_message,
)

SECRET = "Patient: Maria Lopez DOB 03/14/1975"


def texts(raw: bytes, limits: ScanLimits | None = None) -> dict[str, str]:
    parsed = parse_message(raw, limits)
    out: dict[str, str] = {}
    for p in parsed.parts:
        out[p.part] = out.get(p.part, "") + p.text
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_yields_the_text(fmt: str) -> None:
    raw = message("Hello", SECRET + "\n", fmt)
    got = texts(raw)
    joined = " ".join(got.values())
    assert "Maria Lopez" in joined or "Maria" in joined
    assert "03/14/1975" in joined
    expected_part = "body" if fmt in ("plain", "html", "qp", "base64", "latin1") else "attachment:1"
    assert any(expected_part == k and "1975" in v for k, v in got.items())


def test_attachment_names_are_positional_never_file_names() -> None:
    raw = message("Hi", SECRET, "pdf")
    parsed = parse_message(raw)
    assert {p.part for p in parsed.parts} == {"subject", "body", "attachment:1"}
    assert all("report" not in p.part for p in parsed.parts)


def test_rfc2047_subject_is_decoded() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: =?utf-8?b?"
        + base64.b64encode("Résumé Maria Lopez".encode())
        + b"?=\r\n\r\nbody\r\n"
    )
    assert texts(raw)["subject"] == "Résumé Maria Lopez"


def test_html_entities_and_hidden_text() -> None:
    html = (
        '<p>Visible</p><div style="display:none">DOB&#58; 03/14/1975</div>'
        "<!-- MRN 1234567 --><img alt='Maria Lopez'><script>var x='nope';</script>"
    )
    text = html_to_text(html)
    assert "DOB: 03/14/1975" in text
    assert "MRN 1234567" in text
    assert "Maria Lopez" in text
    assert "nope" not in text


def test_html_table_rows_are_lines_and_two_cells_a_field() -> None:
    # Each row one line, its cells joined as a pasted table is ("Athlete | Injury"), so the
    # detector reads a column's header over its cells; markup whitespace between cells and
    # blocks inside a cell stay off the line.
    html = (
        "<p>Injury report</p><table>\n<tr><th>Athlete</th><th>Injury</th><th>Status</th></tr>"
        "\n<tr>\n  <td>Renee Moore</td>\n  <td>turf <b>toe</b><br>left</td><td>out</td>\n</tr>"
        "</table><p>Updated by the trainer</p>"
    )
    assert html_to_text(html) == (
        "\nInjury report\nAthlete | Injury | Status\nRenee Moore | turf toe left | out\n\n"
        "\nUpdated by the trainer\n"
    )
    # A row of two cells is a form's field; an unclosed row ends where the next begins.
    form = "<table><tr><td>Client<td>Paul Gray<tr><td>Health condition:</td><td>dementia</table>"
    assert html_to_text(form) == "Client: Paul Gray\nHealth condition: dementia\n\n"
    # Text after a stray cell keeps its place.
    assert html_to_text("<p>MRN</p><td>1234567</td><p>DOB 03/14/1975</p>") == (
        "\nMRN\n1234567\nDOB 03/14/1975\n"
    )


def test_html_under_a_text_type_is_read_as_html() -> None:
    # A report pasted as markup into a text/plain body or a .csv attachment: its rows become
    # lines ("Athlete | Injury | Status") as in a text/html part, on the fast path and the full.
    table = (
        "<table>\n<tr><th>Athlete</th><th>Injury</th><th>Status</th></tr>\n<tr><td>Renee "
        "Moore</td><td>turf toe</td><td>out</td></tr>\n</table>\n"
    )
    plain = b"Subject: report\r\nContent-Type: text/plain\r\n\r\n" + table.encode()
    assert "Athlete | Injury | Status\nRenee Moore | turf toe | out" in texts(plain)["body"]
    attached = (
        b"Subject: report\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\n"
        b'Content-Type: text/csv\r\nContent-Disposition: attachment; filename="r.csv"\r\n\r\n'
        + table.encode()
        + b"\r\n--b--\r\n"
    )
    assert "Renee Moore | turf toe" in texts(attached)["attachment:1"]
    # Text that only holds angle brackets is left as it is.
    for body in ("<Name> goes here, <b>bold</b> stays", "a < b and <p> is a tag"):
        raw = b"Subject: t\r\n\r\n" + body.encode()
        assert texts(raw)["body"].strip() == body


@pytest.mark.parametrize(
    ("data", "charset", "expected"),
    [
        ("café".encode("latin-1"), "iso-8859-1", "café"),
        ("café".encode(), "us-ascii", "café"),  # mis-declared: falls back to UTF-8
        ("café".encode(), "x-bogus-charset", "café"),  # unknown charset
        (b"caf\xe9", "utf-8", "café"),  # declared UTF-8 but Latin-1 bytes
        (b"abc", "unicode_escape", "abc"),  # a codec that is not a charset is not trusted
        (b"MRN 123", "rot13", "MRN 123"),
    ],
)
def test_charsets(data: bytes, charset: str, expected: str) -> None:
    assert decode_text(data, charset) == expected


def test_bogus_charset_in_message_still_scanned() -> None:
    raw = (
        b'From: a@example.org\r\nSubject: x\r\nContent-Type: text/plain; charset="x-nope"\r\n'
        b"Content-Transfer-Encoding: 8bit\r\n\r\nDOB 03/14/1975 \xff\xfe\r\n"
    )
    parsed = parse_message(raw)
    assert "03/14/1975" in parsed.parts[-1].text
    assert parsed.unscannable == ()


def test_broken_base64_does_not_crash() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: x\r\nContent-Type: text/plain\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nRE9C!!!IDAzLzE0LzE5NzU=\r\n===\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.size == len(raw)  # decoded leniently or flagged, but no exception


def test_deep_nesting_is_unscannable() -> None:
    depth = 60
    head = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)
    )
    tail = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    raw = ("Subject: deep\r\n" + head + "Content-Type: text/plain\r\n\r\nhi" + tail).encode()
    parsed = parse_message(raw, ScanLimits(max_depth=20))
    assert "depth" in parsed.unscannable


def test_very_deep_nesting_never_raises() -> None:
    depth = 5000
    head = "".join("Content-Type: message/rfc822\r\n\r\n" for _ in range(depth))
    raw = ("Subject: deep\r\n" + head + "hi").encode()
    parsed = parse_message(raw)
    assert parsed.unscannable  # parts bound (pre-check) or depth


def test_too_many_parts_is_unscannable() -> None:
    parts = "".join(f"--b\r\nContent-Type: text/plain\r\n\r\npart {i}\r\n" for i in range(50))
    head = 'Subject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
    raw = f"{head}{parts}--b--\r\n".encode()
    parsed = parse_message(raw, ScanLimits(max_parts=10))
    assert "parts" in parsed.unscannable


def test_decoded_bytes_bound() -> None:
    raw = message("x", "A" * 50_000)
    parsed = parse_message(raw, ScanLimits(max_decoded_bytes=10_000))
    assert "bytes" in parsed.unscannable


def test_time_bound_with_fake_clock() -> None:
    ticks = itertools.count(0.0, 1.0)  # every clock read advances one second
    raw = message("x", SECRET, "pdf")
    parsed = parse_message(raw, ScanLimits(max_seconds=0.5), clock=lambda: next(ticks))
    assert "time" in parsed.unscannable


def zip_attachment(data: bytes, name: str = "a.docx") -> bytes:
    return (
        b'Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="z"\r\n\r\n'
        b"--z\r\nContent-Type: application/vnd.openxmlformats-officedocument."
        b'wordprocessingml.document\r\nContent-Disposition: attachment; filename="'
        + name.encode()
        + b'"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + base64.encodebytes(data)
        + b"\r\n--z--\r\n"
    )


def test_zip_bomb_is_bounded() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"0" * 50_000_000)
    parsed = parse_message(zip_attachment(buf.getvalue()))
    assert "bytes" in parsed.unscannable


def test_zip_bomb_with_lying_header_is_bounded() -> None:
    # Ratio under the 200:1 check, but more than the byte budget once decompressed.
    body = bytes(range(256)) * 40_000  # ~10 MB, compresses poorly
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", body)
    parsed = parse_message(zip_attachment(buf.getvalue()), ScanLimits(max_decoded_bytes=2_000_000))
    assert "bytes" in parsed.unscannable


def test_corrupt_office_and_pdf_are_unscannable_not_errors() -> None:
    parsed = parse_message(zip_attachment(b"PK\x03\x04 not really a zip"))
    assert "office" in parsed.unscannable
    raw = message("x", "y", "pdf").replace(base64.encodebytes(pdf_bytes("y"))[:40], b"AAAA" * 10)
    parse_message(raw)  # must not raise, whatever pypdf makes of it


def test_docx_text_extraction() -> None:
    parsed = parse_message(zip_attachment(docx_bytes("MRN: 1234567\nDOB 03/14/1975")))
    assert any("MRN: 1234567" in p.text for p in parsed.parts)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\x01\x02",
        b"Subject: =?utf-8?q?broken",
        b"Content-Type: multipart/mixed\r\n\r\nno boundary",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n--x\r\n--x--",
        b"Content-Type: message/rfc822\r\n\r\n",
        b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!",
        b"Subject: " + b"A" * 100_000 + b"\r\n\r\nx",
    ],
)
def test_hostile_inputs_never_raise(raw: bytes) -> None:
    parse_message(raw)


def first_page(data: bytes) -> object:
    return PdfReader(io.BytesIO(data), strict=False).pages[0]


def test_pdf_fast_path_strings_escapes_and_tj_arrays() -> None:
    stream = (
        b"BT /F1 10 Tf 40 800 Td (Patient: \\(Maria\\) Lo\\172pez) Tj T*"
        b" [(DOB) -300 (03/14/1975)] TJ 0 -12 Td (nested (ok) paren) Tj"
        b" <4D524E> Tj ET"
    )
    text = _simple_page_text(first_page(pdf_bytes("", stream)))
    assert text is not None
    assert "Patient: (Maria) Lozpez" in text
    assert "DOB 03/14/1975" in text
    assert "nested (ok) paren" in text
    assert "MRN" in text


def test_pdf_with_embedded_or_custom_fonts_leaves_the_fast_path() -> None:
    for font in (
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 9 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Differences [] >> >>",
    ):
        page = first_page(pdf_bytes("DOB 03/14/1975", font=font))
        assert _simple_page_text(page) is None
    # ...and the message is still scanned (PDFium, or pypdf without it: test_pdf_extract.py).
    raw = message("x", "DOB 03/14/1975", "pdf")
    assert any("1975" in p.text for p in parse_message(raw).parts)

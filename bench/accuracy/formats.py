"""Build test messages in the formats the gateway scans: plain, HTML, quoted-printable,
base64, PDF, DOCX, XLSX and message/rfc822. Shared by the accuracy bench and the tests.
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from html import escape


def pdf_bytes(
    text: str,
    stream: bytes | None = None,
    font: bytes = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
) -> bytes:
    """A minimal valid one-page PDF showing ``text`` (Helvetica, one line per text line),
    or with a given content ``stream`` and ``font`` dictionary."""
    if stream is None:
        lines = text.splitlines() or [""]
        ops = ["BT", "/F1 10 Tf", "12 TL", "40 800 Td"]
        for line in lines:
            safe = line.encode("latin-1", "replace").decode("latin-1")
            safe = safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({safe}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        font,
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def docx_bytes(text: str) -> bytes:
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in text.splitlines()
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{paras}</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", doc)
    return buf.getvalue()


def xlsx_bytes(rows: list[list[str]]) -> bytes:
    strings: list[str] = []
    cells = []
    for r, row in enumerate(rows, 1):
        cs = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            strings.append(value)
            cs.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        cells.append(f'<row r="{r}">{"".join(cs)}</row>')
    sst = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/sharedStrings.xml", f'<sst count="{len(strings)}">{sst}</sst>')
        zf.writestr(
            "xl/worksheets/sheet1.xml",
            f"<worksheet><sheetData>{''.join(cells)}</sheetData></worksheet>",
        )
    return buf.getvalue()


def message(
    subject: str,
    body: str,
    fmt: str = "plain",
    sender: str = "sender@clinic.example",
    to: str = "someone@example.net",
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    """One message with ``body`` carried in format ``fmt``:
    plain | html | qp | base64 | pdf | docx | xlsx | csv | rfc822 | latin1."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = "<fixture@example.net>"
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    if fmt == "plain":
        msg.set_content(body)
    elif fmt == "html":
        html = "<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in body.splitlines())
        msg.set_content("See the HTML part.")
        msg.add_alternative(html + "</body></html>", subtype="html")
    elif fmt == "qp":
        msg.set_content(body, cte="quoted-printable")
    elif fmt == "base64":
        msg.set_content(body, cte="base64")
    elif fmt == "latin1":
        msg.set_content(
            body.encode("latin-1", "replace"), maintype="text", subtype="plain", cte="8bit"
        )
        msg.replace_header("Content-Type", "text/plain; charset=iso-8859-1")
    elif fmt in ("pdf", "docx", "xlsx", "csv"):
        msg.set_content("Please see the attached document.")
        if fmt == "pdf":
            msg.add_attachment(
                pdf_bytes(body), maintype="application", subtype="pdf", filename="report.pdf"
            )
        elif fmt == "docx":
            msg.add_attachment(
                docx_bytes(body),
                maintype="application",
                subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                filename="letter.docx",
            )
        elif fmt == "xlsx":
            rows = [line.split(": ", 1) if ": " in line else [line] for line in body.splitlines()]
            msg.add_attachment(
                xlsx_bytes(rows),
                maintype="application",
                subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                filename="sheet.xlsx",
            )
        else:
            msg.add_attachment(body.encode(), maintype="text", subtype="csv", filename="data.csv")
    elif fmt == "rfc822":
        inner = EmailMessage()
        inner["From"] = "original@example.org"
        inner["Subject"] = "Forwarded"
        inner.set_content(body)
        msg.set_content("Forwarding the message below.")
        msg.add_attachment(inner)
    else:
        raise ValueError(fmt)
    return msg.as_bytes(policy=SMTP)


FORMATS = ("plain", "html", "qp", "base64", "pdf", "docx", "xlsx", "csv", "rfc822", "latin1")

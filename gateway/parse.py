"""Raw message bytes -> decoded text parts, within bounds.

Everything here treats the message as hostile: MIME depth, part count, decoded bytes and
wall time are bounded (ScanLimits), and hitting a bound or failing to decode a part is
reported as an "unscannable" reason rather than raised. Part names are positional
("attachment:3"), never the attachment's file name, so nothing downstream can leak it.
"""

from __future__ import annotations

import atexit
import codecs
import contextlib
import importlib.util
import io
import logging
import os
import re
import select
import signal
import struct
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email import policy as email_policy
from email.header import decode_header
from email.message import Message
from email.parser import BytesParser
from html import unescape
from html.parser import HTMLParser
from typing import Any


@dataclass(frozen=True)
class ScanLimits:
    """Bounds for one message; a message that hits one is 'unscannable' (policy decides)."""

    max_depth: int = 20  # MIME nesting (multipart and message/rfc822 levels)
    max_parts: int = 200  # MIME parts plus archive members visited
    max_decoded_bytes: int = 20_000_000  # decoded payload bytes summed over all parts
    max_seconds: float = 2.0  # wall time spent parsing and extracting
    max_pdf_pages: int = 200  # pages read from one PDF
    max_pdf_memory: int = 512 * 1024 * 1024  # address space of a PDFium worker process


@dataclass(frozen=True, slots=True)
class TextPart:
    """Decoded text of one message part. ``part``: subject | header:NAME | body | attachment:N."""

    part: str
    text: str


@dataclass(frozen=True)
class ParsedMessage:
    parts: tuple[TextPart, ...]
    headers: tuple[tuple[str, str], ...]  # top-level headers, RFC 2047 decoded
    unscannable: tuple[str, ...]  # reasons: depth, parts, bytes, time, structure, pdf, office...
    size: int
    attachments: int = 0

    def header(self, name: str) -> list[str]:
        key = name.lower()
        return [v for k, v in self.headers if k.lower() == key]


# Free-text headers a person writes into; address and trace headers are not scanned.
SCANNED_HEADERS = ("Subject", "Comments", "Keywords", "Thread-Topic", "Summary")

_TEXT_FILE = re.compile(r"\.(?:txt|csv|tsv|text|log|md|json|xml|htm|html|ics|vcf|eml)$", re.I)
_DOCX_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
)
# Codecs that are not plain character sets (or are slow on crafted input): never trust them.
_BAD_CODEC = re.compile(r"escape|punycode|idna|rot|uu|zlib|bz2|base64|hex|quopri|mbcs|oem")


class _Budget:
    def __init__(self, limits: ScanLimits, clock: Callable[[], float]) -> None:
        self.limits = limits
        self.clock = clock
        self.deadline = clock() + limits.max_seconds
        self.bytes_left = limits.max_decoded_bytes
        self.parts = 0
        self.reasons: list[str] = []

    def flag(self, reason: str) -> None:
        if reason not in self.reasons:
            self.reasons.append(reason)

    def out_of_time(self) -> bool:
        if self.clock() > self.deadline:
            self.flag("time")
            return True
        return False

    def take_part(self) -> bool:
        self.parts += 1
        if self.parts > self.limits.max_parts:
            self.flag("parts")
            return False
        return True

    def take_bytes(self, n: int) -> bool:
        if n > self.bytes_left:
            self.flag("bytes")
            self.bytes_left = 0
            return False
        self.bytes_left -= n
        return True


def decode_text(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset when it is a sane one, else UTF-8, else Latin-1."""
    if charset:
        try:
            info = codecs.lookup(charset.strip().strip('"').lower())
        except (LookupError, ValueError):
            info = None
        if info is not None and not _BAD_CODEC.search(info.name):
            try:
                return data.decode(info.name)
            except (UnicodeDecodeError, ValueError):
                pass  # mis-declared: fall through to UTF-8 (the common real charset)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Latin-1 never fails and keeps digits and ASCII words intact, which is what we scan.
        return data.decode("latin-1")


class _HTMLText(HTMLParser):
    """HTML to text. Hidden text (display:none, comments, alt/title) is kept on purpose:
    PHI a reader cannot see is still in the message.

    A table row is one line, its cells joined by " | " as a pasted table is written
    ("Athlete | Sport | Injury"), so the detector reads a column's header over its cells; a
    row of two cells is a form's field, "Client: Paul Gray". Blocks inside a cell stay on
    the row's line."""

    _BLOCK = frozenset(
        [
            "p",
            "div",
            "br",
            "tr",
            "li",
            "ul",
            "ol",
            "table",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "section",
            "article",
            "header",
            "footer",
        ]
    )
    _SKIP = frozenset({"script", "style"})

    _CELL = frozenset({"td", "th"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0
        # The current row's cells, each a list of text pieces (None outside a row), and
        # whether a cell is open.
        self._row: list[list[str]] | None = None
        self._in_cell = False
        self._tables = 0  # open <table> elements

    def _emit(self, text: str) -> None:
        if self._row is not None and self._in_cell and self._row:
            self._row[-1].append(text)
            return
        # Between rows and cells only markup whitespace lies; other stray text is kept, in
        # its place (after the row it follows).
        if text.strip():
            self._end_row()
            self.out.append(text)
        elif self._row is None and not self._tables:
            self.out.append(text)

    def _newline(self) -> None:
        if self.out and not self.out[-1].endswith("\n"):
            self.out.append("\n")

    def _end_row(self) -> None:
        row, self._row, self._in_cell = self._row, None, False
        if row is None:
            return
        cells = [" ".join("".join(c).split()) for c in row]
        if len(cells) == 2 and cells[0] and len(cells[0]) <= 40 and cells[1]:
            line = f"{cells[0].rstrip(':')}: {cells[1]}"
        else:
            line = " | ".join(cells)
        self._newline()
        self.out.append(f"{line}\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        if tag in ("tr", "table"):
            self._end_row()  # an unclosed row ends where the next begins
            if tag == "table":
                self._tables += 1
                self._newline()
            else:
                self._row = []
        elif tag in self._CELL:
            if self._row is None:
                self._row = []
            self._row.append([])
            self._in_cell = True
        elif tag in self._BLOCK:
            self._emit(" " if self._row is not None else "\n")
        for name, value in attrs:
            if value and name in ("alt", "title", "value", "placeholder"):
                self._emit(f" {value} ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag in ("tr", "table"):
            self._end_row()
            if tag == "table" and self._tables:
                self._tables -= 1
                self.out.append("\n")
        elif tag in self._CELL:
            self._in_cell = False
        elif tag in self._BLOCK:
            self._emit(" " if self._row is not None else "\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._emit(data)

    def close(self) -> None:
        super().close()
        self._end_row()

    def handle_comment(self, data: str) -> None:
        self._emit(f" {data} ")


def html_to_text(html: str) -> str:
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):
        # html.parser is forgiving; if it still gives up, keep what it produced so far.
        parser._end_row()
    return "".join(parser.out)


# A text part that is HTML under another type: a report pasted as markup into a .csv or a
# text/plain body. Its cells run together as tags, so it is read as HTML is; only a part
# that opens with a document or table tag and closes one, not a part that merely holds "<".
_HTML_START = re.compile(
    r"\ufeff?\s*<(?:!doctype html|html|head|body|table|div|p|tr|ul|ol|h[1-6])\b[^>]{0,200}>",
    re.I,
)


def plain_text(text: str) -> str:
    """A text/* part's text to scan: HTML markup read as HTML, anything else as it is."""
    if text[:1] in "<\ufeff \t\r\n" and _HTML_START.match(text) and "</" in text:
        return html_to_text(text)
    return text


_XML_TAG = re.compile(r"<[^>]{0,2000}>")
_DOCX_BREAK = re.compile(r"</w:p>|<w:br/>|<w:tab/>|</row>|</si>|</c>")


def _xml_text(xml: str) -> str:
    # Regex, not an XML parser: no entity expansion (billion laughs) and no external entities.
    return unescape(_XML_TAG.sub("", _DOCX_BREAK.sub(" \n", xml)))


def _office_text(data: bytes, budget: _Budget) -> str | None:
    """Text from DOCX/XLSX XML members, with zip-bomb bounds."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        budget.flag("office")
        return None
    chunks: list[str] = []
    for info in infos:
        name = info.filename
        wanted = (
            (name.startswith("word/") and name.endswith(".xml"))
            or name == "xl/sharedStrings.xml"
            or (name.startswith("xl/worksheets/") and name.endswith(".xml"))
        )
        if not wanted:
            continue
        if not budget.take_part() or budget.out_of_time():
            break
        # A declared ratio over 200:1 is a bomb; the bounded read below catches liars.
        if info.compress_size and info.file_size / info.compress_size > 200:
            budget.flag("bytes")
            break
        try:
            with zf.open(info) as fh:
                raw = fh.read(budget.bytes_left + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            budget.flag("office")
            continue
        if not budget.take_bytes(len(raw)):
            break
        chunks.append(_xml_text(raw.decode("utf-8", "replace")))
    return "\n".join(chunks)


# The 14 standard PDF fonts, minus the two symbol fonts: with the standard or WinAnsi
# encoding and no ToUnicode map, their string bytes are cp1252 text.
_STD_FONTS = frozenset(
    f"/{family}{style}"
    for family, styles in (
        ("Helvetica", ("", "-Bold", "-Oblique", "-BoldOblique")),
        ("Courier", ("", "-Bold", "-Oblique", "-BoldOblique")),
        ("Times", ("-Roman", "-Bold", "-Italic", "-BoldItalic")),
    )
    for style in styles
)
_PDF_TOKEN = re.compile(
    rb"\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)"  # literal string, one nesting level
    rb"|<[0-9A-Fa-f\s]*>"  # hex string
    rb"|-?\d*\.?\d+"  # number
    rb"|[\[\]]|T[jJdDm]\b|T\*|'|\"|\bET\b",
    re.S,
)
_PDF_ESC = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_PDF_ESC_RE = re.compile(rb"\\([0-7]{1,3}|.)", re.S)


def _pdf_unescape(m: re.Match[bytes]) -> bytes:
    g = m.group(1)
    if g[:1].isdigit():
        return bytes([int(g, 8) & 0xFF])
    if g in (b"\n", b"\r"):
        return b""  # a backslash-newline continues the string
    return _PDF_ESC.get(g, g)


def _simple_page_text(page: Any) -> str | None:
    """Text of a page whose fonts are all standard 14 fonts, straight from the content stream.

    pypdf's extract_text costs ~0.5 ms per KB of text in pure Python; for pages that only use
    the standard fonts (common in generated reports) the strings are plain cp1252 and a regex
    pass is ~10x faster. Anything else (embedded or CID fonts, ToUnicode maps, custom
    encodings, form XObjects, inline images) returns None: PDFium (else pypdf) reads it.
    """
    res = page.get("/Resources")
    res = res.get_object() if res is not None else None
    if res is None or "/XObject" in res:
        return None
    fonts = res.get("/Font")
    fonts = fonts.get_object() if fonts is not None else None
    if not fonts:
        return None
    for ref in fonts.values():
        font = ref.get_object()
        enc = font.get("/Encoding")
        if (
            font.get("/Subtype") != "/Type1"
            or font.get("/BaseFont") not in _STD_FONTS
            or "/ToUnicode" in font
            or "/FontDescriptor" in font
            or (enc is not None and enc not in ("/WinAnsiEncoding", "/StandardEncoding"))
        ):
            return None
    contents = page.get_contents()
    if contents is None:
        return ""
    data: bytes = contents.get_data()
    if b"BI" in data and re.search(rb"\bBI\b", data):
        return None
    out: list[bytes] = []
    in_array = False
    nums: list[float] = []
    for m in _PDF_TOKEN.finditer(data):
        tok = m.group(0)
        c = tok[:1]
        if c == b"(":
            out.append(_PDF_ESC_RE.sub(_pdf_unescape, tok[1:-1]))
        elif c == b"<":
            hexdigits = re.sub(rb"\s", b"", tok[1:-1])
            out.append(bytes.fromhex((hexdigits + b"0" * (len(hexdigits) % 2)).decode()))
        elif c == b"[":
            in_array = True
        elif c == b"]":
            in_array = False
        elif c in b"-.0123456789":
            if in_array and float(tok) < -250:
                out.append(b" ")  # a large kerning gap inside TJ is a word space
            nums = [*nums[-1:], float(tok)]
        elif tok in (b"Td", b"TD"):
            out.append(b"\n" if len(nums) == 2 and nums[1] != 0 else b" ")
        elif tok in (b"T*", b"'", b'"', b"ET", b"Tm"):
            out.append(b"\n")
    return b"".join(out).decode("cp1252", "replace")


# --- Full extraction: PDFium in a worker process -----------------------------------------
#
# Every PDF that is not plain standard-14-font text goes to PDFium (pypdfium2, Chrome's PDF
# engine): 5-10x faster than pypdf's pure-Python extractor on embedded/CID-font documents.
# PDFium is C++ parsing hostile bytes, so it never runs in the gateway's process. Measured
# in-process: a 200 KB PDF made it allocate 12 GB, and on allocation failure PDFium calls
# abort(), which would take the gateway down. So each worker process:
# - runs under RLIMIT_AS (``ScanLimits.max_pdf_memory``), a CPU limit and an interval timer
#   set to the scan time left: a page that overruns, an allocation bomb or a memory-safety
#   bug kills the worker (the PDF is unscannable), never the gateway;
# - gets no environment (it may hold secrets), no inherited descriptors, no core dumps (they
#   would hold PHI), no file writes, no forks, and its own process group, which the gateway
#   kills outright on any protocol error or overrun;
# - is replaced after any document that did not end cleanly and after _WORKER_USES
#   documents, so no hostile document's leftovers live long.
# PDFium is not thread-safe: a worker serves one document at a time (the pool hands it to
# one thread at a time, under a lock) and is itself single-threaded. Without pypdfium2, or
# where no worker can start, pypdf remains the extractor.

_WORKER_SRC = r"""
import ctypes, gc, os, resource, signal, struct, sys, time

HDR = struct.Struct("!QIIIdQ")  # request id, PDF length, max pages, max chars, seconds, memory
FRAME = struct.Struct("!cQI")  # tag, request id, payload length


def read_exact(n):
    buf = bytearray()
    while len(buf) < n:
        chunk = os.read(0, min(n - len(buf), 1 << 20))
        if not chunk:
            raise EOFError
        buf += chunk
    return bytes(buf)


def send(tag, rid, payload=b""):
    # With SIGALRM held: the timer ends the process between frames, never inside one.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    view = memoryview(FRAME.pack(tag, rid, len(payload)) + payload)
    while view:
        view = view[os.write(1, view) :]
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})


def limit(res, soft, hard=None):
    try:
        resource.setrlimit(res, (soft, soft if hard is None else hard))
    except (OSError, ValueError):
        pass


def extract(pdfium, data, max_pages, max_chars, deadline, sink):
    doc = pdfium.FPDF_LoadMemDocument64(data, len(data), None)
    if not doc:
        return "encrypted" if pdfium.FPDF_GetLastError() == pdfium.FPDF_ERR_PASSWORD else "error"
    status = "ok"
    try:
        if pdfium.FPDF_GetSecurityHandlerRevision(doc) != -1:
            return "encrypted"
        count = pdfium.FPDF_GetPageCount(doc)
        if count > max_pages:
            count, status = max_pages, "pages"
        for i in range(count):
            if time.monotonic() > deadline:
                return "time"
            page = pdfium.FPDF_LoadPage(doc, i)
            if not page:
                status = "error"
                continue
            text = None
            try:
                textpage = pdfium.FPDFText_LoadPage(page)
                if textpage:
                    try:
                        n = pdfium.FPDFText_CountChars(textpage)
                        if n > max_chars:
                            return "bytes"
                        text = ""
                        if n > 0:
                            buf = (ctypes.c_ushort * (n + 1))()
                            got = min(pdfium.FPDFText_GetText(textpage, 0, n, buf), n + 1)
                            text = bytes(buf)[: max(got - 1, 0) * 2].decode("utf-16-le", "replace")
                    finally:
                        pdfium.FPDFText_ClosePage(textpage)
            finally:
                pdfium.FPDF_ClosePage(page)
            if text is None:
                status = "error"
                continue
            text = text.replace("\r\n", "\n").replace("\x02", "-")
            max_chars -= len(text)
            sink(text)
        return status
    finally:
        pdfium.FPDF_CloseDocument(doc)


WARM = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
    b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 99 99]/Contents 4 0 R"
    b"/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>>endobj\n"
    b"4 0 obj<</Length 26>>stream\nBT /F1 9 Tf 9 9 Td (w) Tj ET\nendstream endobj\ntrailer"
    b"<</Root 1 0 R>>\n%%EOF\n"
)


def main():
    limit(resource.RLIMIT_CORE, 0)
    try:
        import pypdfium2.raw as pdfium
    except Exception:
        send(b"N", 0)
        return
    extract(pdfium, WARM, 1, 100, time.monotonic() + 60, len)  # fonts loaded before any PDF
    limit(resource.RLIMIT_FSIZE, 0)
    limit(resource.RLIMIT_NOFILE, 64)
    limit(resource.RLIMIT_NPROC, 0)
    gc.freeze()
    send(b"R", 0)
    while True:
        try:
            rid, size, max_pages, max_chars, seconds, memory = HDR.unpack(read_exact(HDR.size))
            data = read_exact(size)
        except EOFError:
            return
        limit(resource.RLIMIT_AS, memory, resource.RLIM_INFINITY)
        used = resource.getrusage(resource.RUSAGE_SELF)
        limit(resource.RLIMIT_CPU, int(used.ru_utime + used.ru_stime + seconds) + 2,
              resource.RLIM_INFINITY)
        signal.setitimer(signal.ITIMER_REAL, seconds + 0.05)  # SIGALRM's default: terminate
        status = extract(
            pdfium, data, max_pages, max_chars, time.monotonic() + seconds,
            lambda text: send(b"P", rid, text.encode("utf-8", "replace")),
        )
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})  # a late alarm ends it here
        del data
        send(b"E", rid, status.encode())


main()
"""
_HDR = struct.Struct("!QIIIdQ")
_FRAME = struct.Struct("!cQI")
_log = logging.getLogger(__name__)
_GRACE = 1.0  # seconds past the scan budget before the gateway kills a worker itself
_WORKER_USES = 500  # documents per worker process
# No inherited environment (it may hold secrets). glibc keeps freed memory instead of
# unmapping it and faulting it back in: PDFium allocates and frees much per page, and this
# makes extraction ~20 % faster (measured: 10.1 -> 8.0 ms for 30 KB of text).
_WORKER_ENV = {
    "LC_ALL": "C.UTF-8",
    "GLIBC_TUNABLES": "glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=67108864",
}


class _NoPdfium(Exception):
    """PDFium cannot be used here (not installed, or no worker process can run)."""


class _WorkerGone(Exception):
    """The worker closed its pipe or broke protocol."""


def _wait_fd(fd: int, event: int, deadline: float) -> None:
    """poll(), not select(): the gateway's descriptors can be past FD_SETSIZE."""
    poller = select.poll()
    poller.register(fd, event)
    left = deadline - time.monotonic()
    if left <= 0 or not poller.poll(int(left * 1000) + 1):
        raise TimeoutError


class _PdfWorker:
    """One PDFium process; used by one thread at a time (the pool's job)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-B", "-c", _WORKER_SRC],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # nothing from a PDF ever reaches a log
            env=_WORKER_ENV,
            close_fds=True,
            start_new_session=True,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin = self.proc.stdin.fileno()
        self.stdout = self.proc.stdout.fileno()
        os.set_blocking(self.stdin, False)  # writes wait with a deadline
        self.buf = bytearray()
        self.ready = False
        self.uses = 0

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            self.proc.kill()
            self.proc.wait(5)
        for stream in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()

    def _died_of(self) -> str:
        """After EOF: "time" if the worker's own timer or CPU limit ended it, else "crash"."""
        try:
            code = self.proc.wait(1)
        except subprocess.TimeoutExpired:
            return "crash"
        return "time" if code in (-signal.SIGALRM, -signal.SIGXCPU) else "crash"

    def _frame(self, deadline: float, max_payload: int) -> tuple[bytes, int, bytes]:
        while True:
            if len(self.buf) >= _FRAME.size:
                tag, rid, size = _FRAME.unpack_from(self.buf)
                if size > max_payload:
                    raise _WorkerGone
                end = _FRAME.size + size
                if len(self.buf) >= end:
                    payload = bytes(self.buf[_FRAME.size : end])
                    del self.buf[:end]
                    return tag, rid, payload
            _wait_fd(self.stdout, select.POLLIN, deadline)
            try:
                chunk = os.read(self.stdout, 1 << 20)
            except OSError:
                raise _WorkerGone from None
            if not chunk:
                raise _WorkerGone
            self.buf += chunk

    def wait_ready(self, deadline: float) -> None:
        if self.ready:
            return
        try:
            tag, _, _ = self._frame(deadline, 0)
        except _WorkerGone:
            raise _NoPdfium from None  # the interpreter here cannot run it
        if tag != b"R":
            raise _NoPdfium  # b"N": pypdfium2 is not importable
        self.ready = True

    def extract(
        self, data: bytes, budget: _Budget, seconds: float, deadline: float
    ) -> tuple[list[str], str]:
        """Page texts and a status; any status but ok/pages/bytes/encrypted kills the worker."""
        self.uses += 1
        rid = int.from_bytes(os.urandom(8), "big")
        limits, u32 = budget.limits, 0xFFFF_FFFF
        max_chars = min(budget.bytes_left, u32)
        header = _HDR.pack(
            rid,
            len(data),
            min(limits.max_pdf_pages, u32),
            max_chars,
            seconds,
            limits.max_pdf_memory,
        )
        view = memoryview(header + data)
        pages: list[str] = []
        try:
            while view:
                _wait_fd(self.stdin, select.POLLOUT, deadline)
                view = view[os.write(self.stdin, view) :]
            while True:
                tag, got, payload = self._frame(deadline, 4 * max_chars + 16)
                if got != rid:
                    raise _WorkerGone
                if tag == b"P":
                    pages.append(payload.decode("utf-8", "replace"))
                elif tag == b"E":
                    return pages, payload.decode("ascii", "replace")
                else:
                    raise _WorkerGone
        except TimeoutError:
            self.kill()
            return pages, "time"
        except (_WorkerGone, OSError):
            status = self._died_of()
            self.kill()
            return pages, status


class _PdfPool:
    """PDFium workers shared by the scanning threads; at most ``size`` documents at once."""

    def __init__(self, size: int) -> None:
        self.lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(size)
        self.idle: list[_PdfWorker] = []
        self.owner = os.getpid()
        self.enabled = (
            importlib.util.find_spec("pypdfium2") is not None
            and hasattr(select, "poll")
            and hasattr(os, "killpg")  # POSIX only
        )

    def _take(self) -> _PdfWorker:
        with self.lock:
            if self.owner != os.getpid():  # forked: the workers belong to the parent
                self.idle, self.owner = [], os.getpid()
            if self.idle:
                return self.idle.pop()
        try:
            return _PdfWorker()
        except (OSError, ValueError, subprocess.SubprocessError):
            self._disable("cannot start")
            raise _NoPdfium from None

    def _disable(self, why: str) -> None:
        self.enabled = False
        _log.warning("PDFium worker %s: non-standard-font PDFs use pypdf", why)

    def _give_back(self, worker: _PdfWorker) -> None:
        with self.lock:
            self.idle.append(worker)

    def extract(self, data: bytes, budget: _Budget) -> tuple[list[str], str]:
        """Page texts and a status: ok | pages | bytes | time | encrypted | error | crash."""
        if len(data) > 0xFFFF_FFFF:
            return [], "bytes"
        seconds = budget.deadline - budget.clock()
        if seconds <= 0:
            return [], "time"
        now = time.monotonic()
        if not self.slots.acquire(timeout=seconds):
            return [], "time"
        try:
            worker = self._take()
            try:
                worker.wait_ready(now + seconds)
            except TimeoutError:
                self._give_back(worker)  # still starting (a first PDF, a slow machine)
                return [], "time"
            except _NoPdfium:
                worker.kill()
                self._disable("unavailable")
                raise
            except BaseException:
                worker.kill()
                raise
            seconds = budget.deadline - budget.clock()
            if seconds <= 0:
                self._give_back(worker)
                return [], "time"
            try:
                pages, status = worker.extract(
                    data, budget, seconds, time.monotonic() + seconds + _GRACE
                )
            except Exception:
                worker.kill()  # a bug of ours, not the PDF's: still never an exception out
                return [], "crash"
            except BaseException:
                worker.kill()
                raise
            if status in ("ok", "pages", "bytes", "encrypted") and worker.uses < _WORKER_USES:
                self._give_back(worker)
            else:
                worker.kill()
            return pages, status
        finally:
            self.slots.release()

    def close(self) -> None:
        with self.lock:
            idle, self.idle = self.idle, []
        for worker in idle:
            worker.kill()


_PDFIUM = _PdfPool(max(1, min(4, os.cpu_count() or 1)))
atexit.register(_PDFIUM.close)
_PDFIUM_FLAGS = {"pages": "pages", "bytes": "bytes", "time": "time", "encrypted": "pdf_encrypted"}


def _budget_pages(reader: Any, budget: _Budget) -> Iterator[Any]:
    """The document's pages up to the page bound (flagged) or the time budget."""
    for i, page in enumerate(reader.pages):
        if i >= budget.limits.max_pdf_pages:
            budget.flag("pages")
            return
        if budget.out_of_time():
            return
        yield page


def _standard_font_pages(reader: Any, budget: _Budget) -> list[str] | None:
    """Page texts when every page (up to the page bound) passes ``_simple_page_text``."""
    texts: list[str] = []
    for page in _budget_pages(reader, budget):
        text = _simple_page_text(page)
        if text is None:
            return None
        texts.append(text)
    return texts


def _join_pages(pages: list[str], budget: _Budget) -> str:
    chunks: list[str] = []
    for text in pages:
        if not budget.take_bytes(len(text)):
            break
        chunks.append(text)
    return "\n".join(chunks)


def _pypdf_text(reader: Any, budget: _Budget) -> str | None:
    """pypdf's extractor, page by page (the fast path where a page allows): no PDFium here."""
    if reader is None:
        budget.flag("pdf")
        return None
    chunks: list[str] = []
    try:
        for page in _budget_pages(reader, budget):
            fast = _simple_page_text(page)
            text = fast if fast is not None else (page.extract_text() or "")
            if not budget.take_bytes(len(text)):
                break
            chunks.append(text)
    except Exception:
        budget.flag("pdf")
        return "\n".join(chunks) if chunks else None
    return "\n".join(chunks)


# Names only non-standard fonts carry. Seen in the raw bytes (not hidden in an object
# stream), they send a document straight to PDFium, skipping pypdf's look at its fonts
# (1-4 ms). Routing only: a wrong guess costs time, never text.
_FONT_MARKS = re.compile(
    rb"/(?:FontFile[23]?|ToUnicode|DescendantFonts|Type0|TrueType|Type3|FontDescriptor)\b"
)


def _pdfium_text(data: bytes, budget: _Budget) -> str:
    """Raises _NoPdfium when PDFium cannot be used (the caller falls back to pypdf)."""
    pages, status = _PDFIUM.extract(data, budget)
    if status != "ok":
        budget.flag(_PDFIUM_FLAGS.get(status, "pdf"))
    return _join_pages(pages, budget)


def _pdf_text(data: bytes, budget: _Budget) -> str | None:
    """Standard-font documents: the regex fast path. Others: PDFium, else pypdf."""
    if _PDFIUM.enabled and _FONT_MARKS.search(data):
        with contextlib.suppress(_NoPdfium):
            return _pdfium_text(data, budget)
    reader: Any = None
    simple: list[str] | None = None
    try:
        from pypdf import PdfReader  # imported lazily: most messages carry no PDF

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            budget.flag("pdf_encrypted")
            return None
        simple = _standard_font_pages(reader, budget)
    except Exception:
        simple = None  # pypdf cannot read it: PDFium repairs more, else "pdf" below
    if simple is not None:
        return _join_pages(simple, budget)
    if _PDFIUM.enabled:
        with contextlib.suppress(_NoPdfium):
            return _pdfium_text(data, budget)
    return _pypdf_text(reader, budget)


_FOLD = re.compile(r"\r?\n(?=[ \t])")
_SURROGATE = re.compile("[\udc80-\udcff]")


def decode_header_value(value: str) -> str:
    """Unfold and RFC 2047-decode one raw header value; bogus charsets fall back safely."""
    if _SURROGATE.search(value):
        # Raw 8-bit header bytes (RFC 6532 UTF-8, or worse), kept by the parser as surrogates.
        value = decode_text(value.encode("ascii", "surrogateescape"), None)
    value = _FOLD.sub("", value)
    if "=?" not in value:
        return value
    try:
        chunks = decode_header(value)
    except Exception:
        # Malformed encoded words: scan the raw text instead.
        return value
    return "".join(c if isinstance(c, str) else decode_text(c, cs) for c, cs in chunks)


def _header_text(msg: Message, name: str) -> str:
    key = name.lower()
    try:
        values = [decode_header_value(v) for k, v in msg.raw_items() if k.lower() == key]
    except Exception:
        # A malformed header must not stop the scan.
        return ""
    return " ".join(values)


def _payload(part: Message, budget: _Budget) -> bytes | None:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        budget.flag("encoding")
        return None
    if not isinstance(data, bytes):
        return None
    if not budget.take_bytes(len(data)):
        return None
    return data


def _is_attachment(part: Message) -> bool:
    try:
        disp = part.get_content_disposition()
        return disp == "attachment" or part.get_filename() is not None
    except Exception:
        return True


def _filename(part: Message) -> str:
    try:
        return part.get_filename() or ""
    except Exception:
        return ""


class _Walker:
    def __init__(self, budget: _Budget) -> None:
        self.budget = budget
        self.parts: list[TextPart] = []
        self.attachments = 0

    def _name(self, attached: bool) -> str:
        if not attached:
            return "body"
        self.attachments += 1
        return f"attachment:{self.attachments}"

    def walk(self, root: Message) -> None:
        # Explicit stack, not recursion: depth is bounded by ScanLimits, not by Python.
        stack: list[tuple[Message, int, str | None]] = [(root, 0, None)]
        while stack:
            msg, depth, inherited = stack.pop()
            if self.budget.out_of_time():
                return
            if depth > self.budget.limits.max_depth:
                self.budget.flag("depth")
                continue
            if not self.budget.take_part():
                return
            ctype = msg.get_content_type()
            if msg.is_multipart():
                payload = msg.get_payload()
                children: list[Message] = [
                    c
                    for c in (payload if isinstance(payload, list) else [])
                    if isinstance(c, Message)
                ]
                if ctype == "message/rfc822" or msg.get_content_maintype() == "message":
                    name = inherited or self._name(True)
                    for child in reversed(children):
                        self._headers(child, name)
                        stack.append((child, depth + 1, name))
                else:
                    for child in reversed(children):
                        stack.append((child, depth + 1, inherited))
                continue
            self._leaf(msg, ctype, inherited)

    def _headers(self, msg: Message, name: str) -> None:
        for h in SCANNED_HEADERS:
            text = _header_text(msg, h)
            if text:
                self.parts.append(TextPart(name, text))

    def _leaf(self, msg: Message, ctype: str, inherited: str | None) -> None:
        filename = _filename(msg)
        attached = inherited is not None or _is_attachment(msg)
        kind = self._kind(ctype, filename)
        if kind is None:
            if attached:
                self._name(True)  # keep attachment numbering stable for what we skip
            return
        data = _payload(msg, self.budget)
        if data is None:
            return
        text: str | None
        if kind == "text":
            text = plain_text(decode_text(data, msg.get_content_charset()))
        elif kind == "html":
            text = html_to_text(decode_text(data, msg.get_content_charset()))
        elif kind == "pdf":
            # a page printed from HTML source shows its markup: read it as HTML too
            text = _pdf_text(data, self.budget)
            text = plain_text(text) if text else text
        elif kind == "office":
            text = _office_text(data, self.budget)
        else:  # rfc822 given as a non-multipart leaf (e.g. base64-encoded message)
            text = None
            child = _parse_bytes(data, self.budget)
            if child is not None:
                name = inherited or self._name(True)
                self._headers(child, name)
                sub = _Walker(self.budget)
                sub.attachments = self.attachments
                sub.walk(child)
                for p in sub.parts:
                    self.parts.append(TextPart(name, p.text))
            return
        if text:
            self.parts.append(TextPart(inherited or self._name(attached), text))

    @staticmethod
    def _kind(ctype: str, filename: str) -> str | None:
        lower = filename.lower()
        if ctype == "text/html" or lower.endswith((".htm", ".html")):
            return "html"
        if ctype.startswith("text/") or ctype in ("application/csv", "application/json"):
            return "text"
        if ctype == "application/pdf" or lower.endswith(".pdf"):
            return "pdf"
        if ctype in _DOCX_TYPES or lower.endswith((".docx", ".xlsx")):
            return "office"
        if ctype.startswith("message/"):
            return "message"
        if _TEXT_FILE.search(lower):
            return "text"
        return None


def _parse_bytes(raw: bytes, budget: _Budget) -> Message | None:
    try:
        # compat32, not policy.default: the default policy builds a header object on every
        # header access (~0.1 ms each, several per part), more than the whole scan budget of a
        # 4 KB message. We decode RFC 2047 ourselves, only for the headers we read.
        msg = BytesParser(policy=email_policy.compat32).parsebytes(raw)
    except (RecursionError, MemoryError):
        budget.flag("structure")
        return None
    except Exception:
        budget.flag("structure")
        return None
    return msg


# A cheap pre-check: the stdlib parser recurses per nesting level before we can bound it.
_BOUNDARY = re.compile(rb"(?im)^content-type:[^\r\n]*multipart|^content-type:\s*message/")


# The fast path's shapes: a header field line as the stdlib parser recognises one, and a
# plain-text Content-Type whose parameters are simple tokens or quoted strings.
_FIELD_LINE = re.compile(rb"[\x21-\x39\x3b-\x7e]+:")
_PLAIN_TYPE = re.compile(
    r"[ \t]*text/plain[ \t]*"
    r'((?:;[ \t]*[A-Za-z0-9_.-]+[ \t]*=[ \t]*(?:"[^"\\\r\n]*"|[^\s;"\\]+)[ \t]*)*);?[ \t]*',
    re.IGNORECASE,
)
_PARAM = re.compile(r';[ \t]*([A-Za-z0-9_.-]+)[ \t]*=[ \t]*(?:"([^"]*)"|([^\s;"\\]+))')
_IDENTITY_CTE = frozenset({"7bit", "8bit", "binary"})


def _simple_message(raw: bytes, budget: _Budget) -> ParsedMessage | None:
    """A single text/plain part without transfer encoding, parsed without the stdlib.

    Most relayed mail (EHR notices, alerts, plain notifications) is exactly this, and
    the email package spends ~0.15 ms building a Message for it. This path accepts only
    shapes whose result it can reproduce exactly (tested against the full parser on
    random and corpus messages); anything else, or any doubt, returns None and the
    message takes the full parser.
    """
    for sep in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(sep)
        if end >= 0:
            break
    else:
        return None
    head = raw[: end + len(sep) // 2]
    if b"\r" in head and head.count(b"\r") != head.count(b"\n"):
        return None  # mixed or bare-CR line endings: leave them to the full parser
    fields: list[tuple[str, list[str]]] = []
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if not fields:
                return None
            fields[-1][1].append(line.decode("ascii", "surrogateescape"))
            continue
        m = _FIELD_LINE.match(line)
        if m is None:  # also a "From " envelope line: no colon after the name
            return None
        text = line.decode("ascii", "surrogateescape")
        fields.append((text[: m.end() - 1], [text[m.end() :].lstrip(" \t")]))
    # compat32's header_source_parse: first line's value, continuations as they are.
    items = [(name, "".join(parts).rstrip("\r\n")) for name, parts in fields]
    keys = [k.lower() for k, _ in items]
    ctype = [v for k, (_, v) in zip(keys, items, strict=True) if k == "content-type"]
    cte = [v for k, (_, v) in zip(keys, items, strict=True) if k == "content-transfer-encoding"]
    if "content-disposition" in keys:
        return None
    if len(ctype) > 1 or len(cte) > 1:
        return None
    if cte and cte[0].strip().lower() not in _IDENTITY_CTE:
        return None
    charset: str | None = None
    if ctype:
        tm = _PLAIN_TYPE.fullmatch(ctype[0])
        if tm is None:
            return None
        for pm in _PARAM.finditer(tm.group(1)):
            name = pm.group(1).lower()
            if name == "name":
                return None  # a named part is an attachment to the full parser
            if name == "charset" and charset is None:
                charset = (pm.group(2) if pm.group(2) is not None else pm.group(3)).lower()
    headers: list[tuple[str, str]] = [(k, decode_header_value(v)) for k, v in items]
    parts: list[TextPart] = []
    for name in SCANNED_HEADERS:
        key = name.lower()
        text = " ".join(h[1] for k, h in zip(keys, headers, strict=True) if k == key)
        if text:
            parts.append(TextPart("subject" if name == "Subject" else f"header:{name}", text))
    if not budget.out_of_time() and budget.take_part():
        body = raw[end + len(sep) :]
        if budget.take_bytes(len(body)):
            text = plain_text(decode_text(body, charset))
            if text:
                parts.append(TextPart("body", text))
    return ParsedMessage(
        parts=tuple(parts),
        headers=tuple(headers),
        unscannable=tuple(budget.reasons),
        size=len(raw),
        attachments=0,
    )


def parse_message(
    raw: bytes,
    limits: ScanLimits | None = None,
    clock: Callable[[], float] = time.monotonic,
    *,
    fast: bool = True,
) -> ParsedMessage:
    """Decode a message into text parts. Never raises for any input bytes.

    ``fast=False`` forces the stdlib parser (tests compare the two paths)."""
    limits = limits or ScanLimits()
    budget = _Budget(limits, clock)
    window = raw[: limits.max_decoded_bytes]
    # The regex is slow (~70 us on 4 KB); it can only exceed the bound if the plain
    # substring count does, so count first.
    if (
        window.lower().count(b"content-type:") > limits.max_parts
        and len(_BOUNDARY.findall(window)) > limits.max_parts
    ):
        budget.flag("parts")
    if fast and not budget.reasons:
        try:
            simple = _simple_message(raw, budget)
        except Exception:
            simple = None  # never worse than the full parser
            budget = _Budget(limits, clock)
        if simple is not None:
            return simple
    msg = _parse_bytes(raw, budget) if not budget.reasons else None
    if msg is None:
        return ParsedMessage((), (), tuple(budget.reasons) or ("structure",), len(raw))
    headers: list[tuple[str, str]] = []
    try:
        for k, v in msg.raw_items():
            headers.append((k, decode_header_value(v)))
    except Exception:
        budget.flag("headers")
    walker = _Walker(budget)
    for name in SCANNED_HEADERS:
        text = _header_text(msg, name)
        if text:
            walker.parts.append(
                TextPart("subject" if name == "Subject" else f"header:{name}", text)
            )
    try:
        walker.walk(msg)
    except RecursionError:
        budget.flag("depth")
    except Exception:
        budget.flag("structure")
    return ParsedMessage(
        parts=tuple(walker.parts),
        headers=tuple(headers),
        unscannable=tuple(budget.reasons),
        size=len(raw),
        attachments=walker.attachments,
    )


__all__ = [
    "SCANNED_HEADERS",
    "ParsedMessage",
    "ScanLimits",
    "TextPart",
    "decode_header_value",
    "decode_text",
    "html_to_text",
    "parse_message",
]

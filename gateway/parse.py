"""Raw message bytes -> decoded text parts, within bounds.

Everything here treats the message as hostile: MIME depth, part count, decoded bytes and
wall time are bounded (ScanLimits), and hitting a bound or failing to decode a part is
reported as an "unscannable" reason rather than raised. Part names are positional
("attachment:3"), never the attachment's file name, so nothing downstream can leak it.
"""

from __future__ import annotations

import codecs
import io
import re
import time
import zipfile
from collections.abc import Callable
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
    PHI a reader cannot see is still in the message."""

    _BLOCK = frozenset(
        [
            "p",
            "div",
            "br",
            "tr",
            "td",
            "th",
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

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        if tag in self._BLOCK:
            self.out.append("\n")
        for name, value in attrs:
            if value and name in ("alt", "title", "value", "placeholder"):
                self.out.append(f" {value} ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag in self._BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)

    def handle_comment(self, data: str) -> None:
        self.out.append(f" {data} ")


def html_to_text(html: str) -> str:
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):
        # html.parser is forgiving; if it still gives up, keep what it produced so far.
        pass
    return "".join(parser.out)


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
    encodings, form XObjects, inline images) returns None and pypdf does the work.
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


def _pdf_text(data: bytes, budget: _Budget) -> str | None:
    try:
        from pypdf import PdfReader  # imported lazily: most messages carry no PDF
    except ImportError:  # pragma: no cover - pypdf is a dependency
        budget.flag("pdf")
        return None
    chunks: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            budget.flag("pdf_encrypted")
            return None
        for i, page in enumerate(reader.pages):
            if i >= budget.limits.max_pdf_pages:
                budget.flag("pages")
                break
            if budget.out_of_time():
                break
            fast = _simple_page_text(page)
            text = fast if fast is not None else (page.extract_text() or "")
            if not budget.take_bytes(len(text)):
                break
            chunks.append(text)
    except Exception:
        budget.flag("pdf")
        return "\n".join(chunks) if chunks else None
    return "\n".join(chunks)


_FOLD = re.compile(r"\r?\n(?=[ \t])")


def decode_header_value(value: str) -> str:
    """Unfold and RFC 2047-decode one raw header value; bogus charsets fall back safely."""
    if any("\udc80" <= c <= "\udcff" for c in value):
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
            text = decode_text(data, msg.get_content_charset())
        elif kind == "html":
            text = html_to_text(decode_text(data, msg.get_content_charset()))
        elif kind == "pdf":
            text = _pdf_text(data, self.budget)
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


def parse_message(
    raw: bytes,
    limits: ScanLimits | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ParsedMessage:
    """Decode a message into text parts. Never raises for any input bytes."""
    limits = limits or ScanLimits()
    budget = _Budget(limits, clock)
    if len(_BOUNDARY.findall(raw[: limits.max_decoded_bytes])) > limits.max_parts:
        budget.flag("parts")
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

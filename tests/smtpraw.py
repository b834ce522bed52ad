"""A deliberately dumb SMTP client for hostile-input tests: sends exact bytes."""

from __future__ import annotations

import asyncio
import contextlib
import ssl


class RawSMTP:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def connect(cls, port: int, host: str = "127.0.0.1") -> RawSMTP:
        reader, writer = await asyncio.open_connection(host, port)
        client = cls(reader, writer)
        await client.reply()
        return client

    async def reply(self, timeout: float = 10.0) -> tuple[int, str]:
        lines = []
        while True:
            line = await asyncio.wait_for(self.reader.readline(), timeout)
            if not line:
                return (0, "connection closed")
            text = line.decode("ascii", "replace").rstrip("\r\n")
            lines.append(text[4:])
            if len(text) < 4 or text[3] != "-":
                return int(text[:3]), "\n".join(lines)

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def cmd(self, line: str | bytes) -> tuple[int, str]:
        data = line.encode() if isinstance(line, str) else line
        if not data.endswith(b"\n"):
            data += b"\r\n"
        await self.send(data)
        return await self.reply()

    async def starttls(self, ctx: ssl.SSLContext, server_hostname: str) -> None:
        await self.writer.start_tls(ctx, server_hostname=server_hostname)

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(ConnectionError, ssl.SSLError):
            await self.writer.wait_closed()


async def send_message(
    port: int, mail_from: str, rcpts: list[str], data: bytes, helo: str = "client.test"
) -> list[tuple[int, str]]:
    """A whole transaction; returns every reply. Data must be CRLF, dot-stuffed."""
    c = await RawSMTP.connect(port)
    replies = [await c.cmd(f"EHLO {helo}"), await c.cmd(f"MAIL FROM:<{mail_from}>")]
    for r in rcpts:
        replies.append(await c.cmd(f"RCPT TO:<{r}>"))
    if any(200 <= code < 300 for code, _ in replies[2:]):
        replies.append(await c.cmd("DATA"))
        if replies[-1][0] == 354:
            await c.send(data + b".\r\n")
            replies.append(await c.reply())
    await c.cmd("QUIT")
    await c.close()
    return replies


def msg(subject: str = "Hello", body: str = "Just a test.\r\n", extra: str = "") -> bytes:
    return (
        f"From: sender@org.test\r\nTo: rcpt@dest.test\r\nSubject: {subject}\r\n"
        f"Message-ID: <{abs(hash(subject + body))}@org.test>\r\n{extra}\r\n{body}"
    ).encode()

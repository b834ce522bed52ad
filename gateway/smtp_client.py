"""aiosmtplib with command pipelining (RFC 2920) for the mail transaction.

aiosmtplib sends MAIL, each RCPT and DATA one at a time and waits for each reply, and
its protocol discards bytes that arrive while no command is waiting (so replies to
commands written together are lost). Postfix's client writes MAIL, RCPT and DATA in
one packet when the server offers PIPELINING: two round trips per message instead of
four. On the relay bench each round trip costs both ends a send(), a wake-up and a
reply parse, so this is a measurable share of the gateway's per-message CPU.

Everything else (connect, EHLO, STARTTLS, AUTH, RSET, QUIT) is aiosmtplib's own code;
this module only keeps replies in a FIFO instead of dropping them, and overrides
``sendmail`` to pipeline when, and only when, the server advertises PIPELINING.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

import aiosmtplib
from aiosmtplib.email import parse_address, quote_address
from aiosmtplib.errors import (
    SMTPConnectError,
    SMTPConnectResponseError,
    SMTPConnectTimeoutError,
    SMTPDataError,
    SMTPReadTimeoutError,
    SMTPRecipientRefused,
    SMTPRecipientsRefused,
    SMTPResponseException,
    SMTPSenderRefused,
    SMTPServerDisconnected,
    SMTPTimeoutError,
)
from aiosmtplib.protocol import (
    COMMAND_INJECTION_REGEX,
    MAX_RESPONSE_LENGTH,
    SMTPProtocol,
    normalize_message_line_endings,
)
from aiosmtplib.response import SMTPResponse
from aiosmtplib.typing import Default, SMTPStatus

# A server that floods replies nobody asked for is cut off rather than buffered.
MAX_QUEUED_REPLIES = 1000


class PipeliningProtocol(SMTPProtocol):
    """SMTPProtocol that keeps every complete reply, in order, until it is read.

    A reply that arrives while the reader is between awaits (or before it asks) is
    queued, never dropped; ``read_response`` takes the oldest. Replies nobody asked
    for are therefore visible: ``in_sync`` is false and the session is not reused.
    """

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop | None = None,
        connection_lost_callback: Callable[[SMTPProtocol], None] | None = None,
    ) -> None:
        super().__init__(loop=loop, connection_lost_callback=connection_lost_callback)
        self._replies: collections.deque[SMTPResponse] = collections.deque()

    @property
    def in_sync(self) -> bool:
        """No reply or partial reply is waiting: the next reply answers our next command.

        Between commands the waiter is fresh; one that is already done holds a reply
        (or a disconnect) that nobody asked for."""
        waiter = self._response_waiter
        return not self._replies and not self._buffer and waiter is not None and not waiter.done()

    def data_received(self, data: bytes) -> None:
        if self._response_waiter is None:  # connection already lost
            return
        self._buffer.extend(data)
        while True:
            try:
                reply = self._read_response_from_buffer()
            except SMTPResponseException as exc:
                self._fail(exc)
                return
            if reply is None:
                break
            self._replies.append(reply)
        if len(self._buffer) > MAX_RESPONSE_LENGTH or len(self._replies) > MAX_QUEUED_REPLIES:
            self._fail(
                SMTPResponseException(SMTPStatus.invalid_response.value, "Response too long")
            )
            return
        waiter = self._response_waiter
        if self._replies and not waiter.done():
            waiter.set_result(self._replies.popleft())

    def _fail(self, exc: SMTPResponseException) -> None:
        del self._buffer[:]
        self._replies.clear()
        waiter = self._response_waiter
        if waiter is not None and not waiter.done():
            self._set_response_exception(waiter, exc)
        if self.transport is not None:
            self.transport.close()

    async def read_response(self, timeout: float | None = None) -> SMTPResponse:  # noqa: ASYNC109
        if self._replies:
            return self._replies.popleft()
        waiter = self._response_waiter
        if waiter is None:
            raise SMTPServerDisconnected("Connection lost")
        try:
            async with asyncio.timeout(timeout):
                return await waiter
        except TimeoutError as exc:
            raise SMTPReadTimeoutError("Timed out waiting for server response") from exc
        finally:
            # A fresh waiter for the next reply (after a timeout the session is
            # closed by the caller; see PipeliningSMTP.sendmail).
            self._response_waiter = None if self.transport is None else self._loop.create_future()

    async def start_tls(self, *args: object, **kw: object) -> SMTPResponse:
        reply = await super().start_tls(*args, **kw)  # type: ignore[arg-type]
        # STARTTLS injection (RFC 3207 4.2, CVE-2011-0411): anything queued behind
        # the 220 arrived in plaintext; aiosmtplib clears its byte buffer, and the
        # replies already parsed out of it must go too.
        self._replies.clear()
        return reply

    def pipeline(self, commands: list[bytes]) -> None:
        """Write several command lines in one send()."""
        self.write(b"".join(commands))


class PipeliningSMTP(aiosmtplib.SMTP):
    """aiosmtplib.SMTP whose ``sendmail`` pipelines MAIL/RCPT/DATA (RFC 2920)."""

    pipelined = 0  # transactions sent pipelined, for tests

    def __init__(self, *, pipelining: bool = True, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.pipelining = pipelining  # False: aiosmtplib's one command per round trip

    async def _create_connection(self, timeout: float | None) -> SMTPResponse:  # noqa: ASYNC109
        # aiosmtplib's own, minus the sock/unix/implicit-TLS branches we never use,
        # with our protocol class.
        if self.loop is None:
            raise RuntimeError("No event loop set")
        host, port = self.hostname or "localhost", self.port or 25
        protocol = PipeliningProtocol(
            loop=self.loop, connection_lost_callback=self._on_connection_lost
        )
        try:
            transport, _ = await asyncio.wait_for(
                self.loop.create_connection(
                    lambda: protocol, host=host, port=port, local_addr=self.source_address
                ),
                timeout=timeout,
            )
        except TimeoutError as exc:
            raise SMTPConnectTimeoutError(f"Timed out connecting to {host} on port {port}") from exc
        except OSError as exc:
            raise SMTPConnectError(f"Error connecting to {host} on port {port}: {exc}") from exc
        self.protocol = protocol
        self.transport = transport
        try:
            response = await protocol.read_response(timeout=timeout)
        except SMTPServerDisconnected as exc:
            raise SMTPConnectError(f"Error connecting to {host} on port {port}: {exc}") from exc
        except SMTPTimeoutError as exc:
            raise SMTPConnectTimeoutError("Timed out waiting for server ready message") from exc
        if response.code != SMTPStatus.ready:
            raise SMTPConnectResponseError(response.code, response.message)
        return response

    @property
    def in_sync(self) -> bool:
        proto = self.protocol
        return isinstance(proto, PipeliningProtocol) and proto.in_sync

    async def sendmail(
        self,
        sender: str,
        recipients: str | Sequence[str],
        message: str | bytes,
        /,
        *,
        mail_options: Iterable[str] | None = None,
        rcpt_options: Iterable[str] | None = None,
        timeout: float | Literal[Default.token] | None = Default.token,  # noqa: ASYNC109
    ) -> tuple[dict[str, SMTPResponse], str]:
        """Same contract as aiosmtplib's ``sendmail``; pipelined when offered."""
        if not (self.pipelining and self.supports_extension("pipelining")) or isinstance(
            message, str
        ):
            return await super().sendmail(
                sender,
                recipients,
                message,
                mail_options=mail_options,
                rcpt_options=rcpt_options,
                timeout=timeout,
            )
        rcpts = [recipients] if isinstance(recipients, str) else list(recipients)
        wait = self.timeout if timeout is Default.token else timeout
        proto = self.protocol
        if not isinstance(proto, PipeliningProtocol) or not proto.is_connected:
            raise SMTPServerDisconnected("Server not connected")
        if not proto.in_sync:
            # Something arrived while the session sat idle: do not guess which
            # reply answers which command.
            self.close()
            raise SMTPServerDisconnected("Unsolicited data from server")
        try:
            return await self._pipelined(
                proto, sender, rcpts, message, mail_options, rcpt_options, wait
            )
        except (SMTPServerDisconnected, SMTPTimeoutError):
            self.close()  # a reply we gave up on would pair with the next command
            raise

    async def _pipelined(
        self,
        proto: PipeliningProtocol,
        sender: str,
        rcpts: list[str],
        message: bytes,
        mail_options: Iterable[str] | None,
        rcpt_options: Iterable[str] | None,
        wait: float | None,
    ) -> tuple[dict[str, SMTPResponse], str]:
        m_opts = list(mail_options or ())
        r_opts = [o.encode("ascii") for o in rcpt_options or ()]
        encoding = "utf-8" if any(o.lower() == "smtputf8" for o in m_opts) else "ascii"
        if encoding == "utf-8" and not self.supports_extension("smtputf8"):
            raise aiosmtplib.SMTPNotSupported("SMTPUTF8 is not supported by this server")
        # Validate everything before a byte is sent (aiosmtplib's own checks).
        parse_address(sender)
        for r in rcpts:
            parse_address(r)
        body = wire_normalized(message)
        if self.supports_extension("size"):
            m_opts.insert(0, f"size={len(body)}")
        commands = [
            _line(
                b"MAIL",
                b"FROM:" + quote_address(sender).encode(encoding),
                *(o.encode("ascii") for o in m_opts),
            )
        ]
        commands += [
            _line(b"RCPT", b"TO:" + quote_address(r).encode(encoding), *r_opts) for r in rcpts
        ]
        commands.append(b"DATA\r\n")

        # All replies are read even after a refusal: each command gets exactly one.
        proto.pipeline(commands)
        mail = await proto.read_response(wait)
        refused: list[SMTPRecipientRefused] = []
        for r in rcpts:
            reply = await proto.read_response(wait)
            if reply.code not in (SMTPStatus.completed, SMTPStatus.will_forward):
                refused.append(SMTPRecipientRefused(reply.code, reply.message, r))
        data = await proto.read_response(wait)
        if data.code == SMTPStatus.start_input and mail.code != SMTPStatus.completed:
            # The server took RCPT and DATA under some envelope that is not ours (a
            # transaction left open): hang up, so whatever it holds is never delivered.
            self.close()
            raise SMTPSenderRefused(mail.code, mail.message, sender)
        if data.code == SMTPStatus.start_input and len(refused) == len(rcpts):
            # RFC 2920 3.1: DATA accepted with nobody to deliver to; end it empty.
            proto.write(b".\r\n")
            await proto.read_response(wait)
        if mail.code != SMTPStatus.completed:
            await self._reset(wait)
            raise SMTPSenderRefused(mail.code, mail.message, sender)
        if len(refused) == len(rcpts):
            await self._reset(wait)
            raise SMTPRecipientsRefused(refused)
        if data.code != SMTPStatus.start_input:
            await self._reset(wait)
            raise SMTPDataError(data.code, data.message)
        proto.write(dot_stuffed(body) + b".\r\n")
        done = await proto.read_response(wait)
        if done.code != SMTPStatus.completed:
            await self._reset(wait)
            raise SMTPDataError(done.code, done.message)
        self.pipelined += 1
        return {e.recipient: SMTPResponse(e.code, e.message) for e in refused}, done.message

    async def _reset(self, wait: float | None) -> None:
        # As aiosmtplib's sendmail does after a refusal: clear the envelope.
        with contextlib.suppress(ConnectionError, SMTPResponseException):
            await self.rset(timeout=wait)


def wire_normalized(message: bytes) -> bytes:
    """CRLF line endings throughout and a final CRLF, as aiosmtplib sends DATA.

    Spooled messages already are (the server refuses bare CR and LF), so the common
    case is three byte counts in C instead of aiosmtplib's regex pass over the body.
    """
    lf = message.count(b"\n")
    if lf == message.count(b"\r\n") == message.count(b"\r") and message.endswith(b"\r\n"):
        return message
    return normalize_message_line_endings(message)


def dot_stuffed(body: bytes) -> bytes:
    """RFC 5321 4.5.2 transparency for a CRLF-normalized body (aiosmtplib's
    ``(?m)^\\.`` substitution, done with one C-level replace)."""
    if body.startswith(b"."):
        body = b"." + body
    return body.replace(b"\r\n.", b"\r\n..")


def _line(*args: bytes) -> bytes:
    for arg in args:
        if COMMAND_INJECTION_REGEX.search(arg):
            raise ValueError("Command arg contains a prohibited control character")
    return b" ".join(args) + b"\r\n"

"""Logging setup: plain or JSON lines. Never message content.

aiosmtpd logs every command line at INFO (addresses, AUTH exchanges) on the
``mail.log`` logger: we cap it at WARNING so envelope addresses stay out of logs.
"""

from __future__ import annotations

import json
import logging
import sys
import time


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        return json.dumps(out, separators=(",", ":"))


def setup(level: str = "info", json_lines: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if json_lines:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    quiet_aiosmtpd()


def quiet_aiosmtpd() -> None:
    logging.getLogger("mail.log").setLevel(logging.WARNING)

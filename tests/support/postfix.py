"""A private Postfix instance on loopback, for integration tests and the benchmark.

Everything lives under one directory (config, queue, data, log); chroot is off so
no files need copying. Requires the Debian ``postfix`` package and root (Postfix
drops privileges to the ``postfix`` user itself).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def available() -> bool:
    return shutil.which("postfix") is not None and shutil.which("postconf") is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostfixInstance:
    """``base`` None: a fresh directory under /var/tmp (pytest's tmp is 0700 and the
    postfix user must be able to traverse every parent)."""

    def __init__(self, base: Path | None, relayhost: tuple[str, int], **extra: str) -> None:
        if base is None:
            base = Path(tempfile.mkdtemp(prefix="phi-gw-postfix-", dir="/var/tmp"))
            self._owned = True
        else:
            base.mkdir(parents=True, exist_ok=True)
            self._owned = False
        self.base = base
        self.conf = base / "etc"
        self.port = _free_port()
        self.conf.mkdir(parents=True, exist_ok=True)
        base.chmod(0o755)  # the postfix user must traverse it
        (base / "queue").mkdir(exist_ok=True)
        (base / "data").mkdir(exist_ok=True)
        shutil.chown(base / "data", "postfix", "postfix")
        shutil.copy("/etc/postfix/master.cf", self.conf / "master.cf")
        shutil.copy("/etc/postfix/dynamicmaps.cf", self.conf / "dynamicmaps.cf")
        host, port = relayhost
        settings = {
            "compatibility_level": "3.6",
            "queue_directory": str(base / "queue"),
            "data_directory": str(base / "data"),
            "mail_owner": "postfix",
            "setgid_group": "postdrop",
            "inet_interfaces": "127.0.0.1",
            "inet_protocols": "ipv4",
            "myhostname": "postfix.test",
            "mydestination": "",
            "relayhost": f"[{host}]:{port}",
            "mynetworks": "127.0.0.0/8",
            "smtpd_relay_restrictions": "permit_mynetworks, reject",
            "maillog_file": str(base / "maillog"),
            "maillog_file_prefixes": str(base),
            "smtp_tls_security_level": "none",
            "smtpd_tls_security_level": "none",
            "alias_maps": "",
            "alias_database": "",
            "local_transport": "error:local delivery disabled",
            "smtpd_banner": "$myhostname ESMTP",
            "smtp_connection_cache_on_demand": "yes",
            **extra,
        }
        (self.conf / "main.cf").write_text("".join(f"{k} = {v}\n" for k, v in settings.items()))
        self._postconf("-F", "*/*/chroot = n")
        # Move the smtpd listener to our private port.
        self._postconf("-M#", "smtp/inet")
        self._postconf(
            "-M", f"127.0.0.1:{self.port}/inet = 127.0.0.1:{self.port} inet n - n - - smtpd"
        )
        # postlog needs maillog_file's service; Debian's master.cf includes it.

    def _postconf(self, *args: str) -> None:
        subprocess.run(["postconf", "-c", str(self.conf), *args], check=True, capture_output=True)

    def _postfix(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["postfix", "-c", str(self.conf), *args], capture_output=True, text=True
        )

    def start(self) -> None:
        r = self._postfix("check")
        if r.returncode != 0:
            raise RuntimeError(f"postfix check failed: {r.stderr}")
        r = self._postfix("start")
        if r.returncode != 0:
            raise RuntimeError(f"postfix start failed: {r.stderr}")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), 0.5) as s:
                    if s.recv(64).startswith(b"220"):
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"postfix did not start: {self.log()[-2000:]}")

    def stop(self) -> None:
        self._postfix("stop")
        # "postfix stop" returns before the master has gone; wait for its pid file.
        pid = self.base / "queue" / "pid" / "master.pid"
        deadline = time.monotonic() + 10
        while pid.exists() and time.monotonic() < deadline:
            time.sleep(0.1)

    def log(self) -> str:
        try:
            return (self.base / "maillog").read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def __enter__(self) -> PostfixInstance:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
        self.cleanup()

    def cleanup(self) -> None:
        if self._owned:
            shutil.rmtree(self.base, ignore_errors=True)

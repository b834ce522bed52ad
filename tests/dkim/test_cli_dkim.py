"""``phi-gateway dkim keygen``: 0600 key, no overwrite, a TXT record that verifies."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from gateway.cli_dkim import main, txt_strings
from gateway.dkim_sign import DkimKeySettings, DkimSettings, DkimSigner

from .dkim_testlib import mail_dkim_verify
from .dns_responder import DnsResponder
from .rfc8463_verify import verify_ed25519

MSG = b"From: a@Clinic.example\r\nTo: b@x.example\r\nSubject: hi\r\n\r\nbody\r\n"


def keygen(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    rc = main(["dkim", "keygen", "--domain", "Clinic.example", "--out", str(tmp_path), *extra])
    out, err = capsys.readouterr()
    return rc, out + err


def parse_record(out: str) -> tuple[str, list[str]]:
    m = re.search(r"^(\S+)\tIN\tTXT\t\( (.*?) \)$", out, re.M | re.S)
    assert m, out
    return m.group(1), re.findall(r'"([^"]*)"', m.group(2))


@pytest.mark.parametrize(("algorithm", "bits"), [("rsa", "2048"), ("rsa", "3072"), ("ed25519", "")])
def test_keygen_writes_0600_key_and_record_that_verifies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], algorithm: str, bits: str
) -> None:
    extra = ["--selector", "s2026", "--algorithm", algorithm] + (["--bits", bits] if bits else [])
    rc, out = keygen(tmp_path, capsys, *extra)
    assert rc == 0, out
    key_file = tmp_path / f"clinic.example.s2026.{algorithm}.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert "PRIVATE KEY" not in out  # the record, never the key material
    name, strings = parse_record(out)
    assert name == "s2026._domainkey.clinic.example."
    assert all(len(s.encode()) <= 255 for s in strings)
    if algorithm == "rsa":
        assert len(strings) >= 2  # a 2048-bit key does not fit one string
    full = "".join(strings)
    assert full.startswith(f"v=DKIM1; k={algorithm}; p=")

    signer = DkimSigner(
        DkimSettings(
            keys=[
                DkimKeySettings(
                    domain="clinic.example",
                    selector="s2026",
                    key_file=key_file,
                    algorithm="rsa-sha256" if algorithm == "rsa" else "ed25519-sha256",
                )
            ]
        )
    )
    signed = signer.sign(MSG)
    with DnsResponder({name: strings}) as dns:
        if algorithm == "rsa":
            res = mail_dkim_verify(signed, dns.port)
            assert res.passed, res.lines
        else:
            assert verify_ed25519(signed, 0, dns.port)


def test_keygen_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("--selector", "s1", "--algorithm", "ed25519")
    assert keygen(tmp_path, capsys, *args)[0] == 0
    key_file = tmp_path / "clinic.example.s1.ed25519.pem"
    before = key_file.read_bytes()
    rc, out = keygen(tmp_path, capsys, *args)
    assert rc == 1 and "refusing to overwrite" in out
    assert key_file.read_bytes() == before


def test_keygen_rejects_small_rsa_and_bad_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, out = keygen(tmp_path, capsys, "--selector", "s1", "--bits", "1024")
    assert rc == 2 and "2048" in out
    rc, out = keygen(tmp_path, capsys, "--selector", "bad selector!")
    assert rc == 2 and "--selector" in out
    assert list(tmp_path.iterdir()) == []


def test_txt_strings_split_at_255_bytes() -> None:
    value = "v=DKIM1; k=rsa; p=" + "A" * 600
    parts = txt_strings(value)
    assert [len(p) for p in parts] == [255, 255, 108]
    assert "".join(parts) == value


def test_show_prints_configured_records_and_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert keygen(tmp_path, capsys, "--selector", "new", "--algorithm", "ed25519")[0] == 0
    key_file = tmp_path / "clinic.example.new.ed25519.pem"
    config = tmp_path / "gateway.yaml"
    config.write_text(
        "dkim:\n  keys:\n"
        f"    - {{domain: clinic.example, selector: new, key_file: {key_file},"
        " algorithm: ed25519-sha256, not_before: 2999-01-01T00:00:00Z}\n"
    )
    assert main(["dkim", "show", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "new._domainkey.clinic.example. ed25519-sha256 inactive" in out
    assert "k=ed25519; p=" in out and "PRIVATE" not in out
    key_file.write_text("garbage")
    assert main(["dkim", "show", "--config", str(config)]) == 1
    err = capsys.readouterr().err
    assert str(key_file) in err and "garbage" not in err

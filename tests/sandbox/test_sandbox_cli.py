"""``python -m app.sandbox`` / ``mr-sandbox`` in a real subprocess."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.sandbox.server import SandboxServer, is_loopback
from tests.conftest import DEMO_PASSWORD, DEMO_USER, handmade_seed

REPO = Path(__file__).resolve().parents[2]


def _spawn(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "app.sandbox", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _read_until_listening(process: subprocess.Popen[str], timeout: float = 30) -> list[str]:
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if line.startswith("listening on "):
            # the rest of the banner follows at once
            lines += [process.stdout.readline().rstrip("\n") for _ in range(2)]
            return lines
    process.kill()
    raise AssertionError(f"no listening line; got {lines!r}, stderr {process.communicate()[1]!r}")


def test_cli_serves_prints_its_address_and_stops_on_sigterm(tmp_path: Path) -> None:
    # Seed the data directory beforehand: the CLI must reuse it as it is.
    SandboxServer(data_dir=tmp_path, seed=handmade_seed("demo")).open_store().close()
    process = _spawn("--data", str(tmp_path), "--port", "0", "--token-ttl", "60")
    try:
        lines = _read_until_listening(process)
        match = re.fullmatch(r"listening on (http://127\.0\.0\.1:\d+/open/clientapi/v1)", lines[0])
        assert match, lines
        assert f"demo login: {DEMO_USER} / {DEMO_PASSWORD}" in lines
        base_url = match.group(1)
        response = httpx.post(
            f"{base_url}/login", json={"userName": DEMO_USER, "password": DEMO_PASSWORD}
        )
        assert response.status_code == 200
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=15)
        assert process.returncode == 0, err
        assert "stopped" in out
        for secret in (DEMO_PASSWORD, response.json()["token"], response.json()["refreshToken"]):
            assert secret not in err
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX-only here")
def test_cli_stops_on_sigint_and_keeps_its_data(tmp_path: Path) -> None:
    SandboxServer(data_dir=tmp_path, seed=handmade_seed("empty")).open_store().close()
    process = _spawn("--data", str(tmp_path), "--latency-ms", "5", "--fail-rate", "0")
    try:
        _read_until_listening(process)
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=15)
        assert process.returncode == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert (tmp_path / "sandbox.sqlite3").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--seed", "bogus"],
        ["--fail-rate", "2"],
        ["--drop-rate", "-0.1"],
        ["--token-ttl", "0"],
        ["--max-upload-mb", "abc"],
    ],
)
def test_cli_rejects_bad_options(args: list[str]) -> None:
    from app.sandbox.cli import main

    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == 2


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")
    assert not is_loopback("example.dk")

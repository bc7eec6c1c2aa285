"""API client benchmarks against ``mr-sandbox`` in its own process.

Ratios compare the client with a bare httpx loop doing the same requests in the same run,
interleaved in rounds so machine noise hits both alike.
"""

from __future__ import annotations

import asyncio
import base64
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.api import ApiClient, models

pytestmark = pytest.mark.bench

USER, PASSWORD = "demo@example.dk", "demo1234"
REPO = Path(__file__).resolve().parents[2]


async def _bare_login(http: httpx.AsyncClient) -> str:
    r = await http.post("/login", json={"userName": USER, "password": PASSWORD})
    return str(r.json()["token"])


async def _main_company(api: ApiClient) -> int:
    company = (await api.companies()).default_company()
    assert company is not None
    return company.xid


def test_list_overhead_ratio(
    sandbox_process: Callable[..., Any], record: Callable[..., Any]
) -> None:
    server = sandbox_process("--seed", "large:2000")
    pages_per_round, rounds = 100, 10  # 1,000 pages each way

    async def run() -> float:
        async with (
            ApiClient(server.base_url) as api,
            httpx.AsyncClient(base_url=server.base_url) as http,
        ):
            await api.login(USER, PASSWORD)
            company = await _main_company(api)
            headers = {"Authorization": f"Bearer {await _bare_login(http)}"}

            async def client_pages() -> None:
                token = None
                for _ in range(pages_per_round):
                    page = await api.archive_files(company, 2, continuation_token=token)
                    token = page.continuation_token

            async def bare_pages() -> None:
                token = None
                for _ in range(pages_per_round):
                    params: dict[str, Any] = {"companyXid": company, "maxLines": 2}
                    if token:
                        params["continuationToken"] = token
                    r = await http.get("/archiveFiles", params=params, headers=headers)
                    r.raise_for_status()
                    token = r.json().get("continuationToken")

            await client_pages()
            await bare_pages()  # warm both
            ratios = []
            for _ in range(rounds):
                t0 = time.perf_counter()
                await bare_pages()
                t1 = time.perf_counter()
                await client_pages()
                t2 = time.perf_counter()
                ratios.append((t2 - t1) / (t1 - t0))
            return statistics.median(ratios)

    ratio = asyncio.run(run())
    fig = record("api.list_overhead_ratio", ratio, 1.15, note="1,000 pages client vs bare httpx")
    assert fig.ok


def _upload_payloads(n: int, size: int) -> list[bytes]:
    return [b"%PDF-1.4\n" + bytes([i % 251]) * (size - 9) for i in range(n)]


def test_upload_ratio_and_stall(
    sandbox_process: Callable[..., Any], record: Callable[..., Any]
) -> None:
    server = sandbox_process("--seed", "empty", "--max-upload-mb", "100")
    bodies = _upload_payloads(50, 2 * 1024 * 1024)

    async def run() -> tuple[float, float]:
        async with (
            ApiClient(server.base_url) as api,
            httpx.AsyncClient(base_url=server.base_url, timeout=60) as http,
        ):
            await api.login(USER, PASSWORD)
            company = await _main_company(api)
            headers = {"Authorization": f"Bearer {await _bare_login(http)}"}

            async def client_upload(body: bytes) -> None:
                meta = models.FileUploadMeta(
                    company_xid=company,
                    content_type="application/pdf",
                    file_name="b.pdf",
                    keep_hidden_until_registration=True,
                )
                await api.upload_file(meta, body)

            async def bare_upload(body: bytes) -> None:
                payload = json.dumps(
                    {
                        "companyXid": company,
                        "contentType": "application/pdf",
                        "fileName": "b.pdf",
                        "keepHiddenUntilRegistration": True,
                        "fileBodyBase64": base64.b64encode(body).decode(),
                    }
                ).encode()
                r = await http.post(
                    "/filesForUseInRegistrations",
                    content=payload,
                    headers={**headers, "Content-Type": "application/json"},
                )
                r.raise_for_status()

            async def all_of(fn: Callable[[bytes], Any]) -> float:
                sem = asyncio.Semaphore(4)

                async def one(body: bytes) -> None:
                    async with sem:
                        await fn(body)

                t0 = time.perf_counter()
                await asyncio.gather(*(one(b) for b in bodies))
                return time.perf_counter() - t0

            await all_of(client_upload)
            await all_of(bare_upload)
            ratios, stalls = [], []
            for _ in range(3):
                bare = await all_of(bare_upload)
                gaps: list[float] = []
                stop = asyncio.Event()
                tick = asyncio.create_task(_ticker(stop, gaps))
                client = await all_of(client_upload)
                stop.set()
                await tick
                ratios.append(client / bare)
                stalls.append(max(gaps) * 1000)
            return statistics.median(ratios), statistics.median(stalls)

    ratio, stall = asyncio.run(run())
    a = record("api.upload_ratio", ratio, 1.10, note="50 x 2 MB, concurrency 4")
    b = record("api.upload_max_stall_ms", stall, 25, note="largest 10 ms-timer gap while uploading")
    assert a.ok and b.ok


def test_refresh_calls_at_expiry(
    sandbox_process: Callable[..., Any], record: Callable[..., Any]
) -> None:
    server = sandbox_process("--seed", "empty")

    class Clock:
        offset = timedelta()

        def __call__(self) -> datetime:
            return datetime.now(UTC) + self.offset

    clock = Clock()
    refreshes = 0

    async def count(request: httpx.Request) -> None:
        nonlocal refreshes
        refreshes += request.url.path.endswith("/refreshToken")

    async def run() -> None:
        transport = httpx.AsyncHTTPTransport()
        api = ApiClient(server.base_url, clock=clock, transport=_Counting(transport, count))
        tokens = await api.login(USER, PASSWORD)
        clock.offset = tokens.expires_at - datetime.now(UTC) + timedelta(seconds=1)
        await asyncio.gather(*(api.get_user() for _ in range(10)))
        await api.aclose()

    asyncio.run(run())
    fig = record(
        "api.refresh_calls_at_expiry",
        refreshes,
        1,
        kind="eq",
        note="10 concurrent calls at token expiry",
    )
    assert fig.ok


async def _ticker(stop: asyncio.Event, gaps: list[float]) -> None:
    """Record how late a 10 ms timer fires: the event loop's stalls."""
    last = time.perf_counter()
    while not stop.is_set():
        await asyncio.sleep(0.010)
        now = time.perf_counter()
        gaps.append(now - last - 0.010)
        last = now


class _Counting(httpx.AsyncBaseTransport):
    def __init__(
        self, inner: httpx.AsyncBaseTransport, hook: Callable[[httpx.Request], Any]
    ) -> None:
        self._inner, self._hook = inner, hook

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self._hook(request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def test_upload_50mb_peak_rss(
    sandbox_process: Callable[..., Any], record: Callable[..., Any], tmp_path: Path
) -> None:
    server = sandbox_process("--seed", "empty", "--max-upload-mb", "100")
    source = tmp_path / "big.pdf"
    with source.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        for i in range(50):
            fh.write(bytes([i]) * (1024 * 1024))
    out = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("rss_upload.py")),
            server.base_url,
            str(source),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=True,
    )
    peak = float(out.stdout.strip().splitlines()[-1])
    fig = record("api.upload_50mb_peak_rss_mb", peak, 100, note="peak RSS above idle, 50 MB file")
    assert fig.ok

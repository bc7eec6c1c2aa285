"""Upload one file in a fresh process and print the peak RSS above idle, in MB.

Run by test_bench_api.py: ``python rss_upload.py BASE_URL FILE``.
"""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from pathlib import Path

import psutil

from app.api import ApiClient, models


async def main(base_url: str, path: Path) -> float:
    proc = psutil.Process()
    async with ApiClient(base_url) as api:
        await api.login("demo@example.dk", "demo1234")
        company = (await api.companies()).default_company()
        assert company is not None
        await api.upload_file(  # warm every code path with a small file first
            models.FileUploadMeta(company_xid=company.xid, file_name="w.pdf"), b"%PDF-1.4 warm"
        )
        idle = proc.memory_info().rss
        peak = idle
        running = True

        def sample() -> None:
            nonlocal peak
            while running:
                peak = max(peak, proc.memory_info().rss)
                time.sleep(0.002)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        await api.upload_file(
            models.FileUploadMeta(company_xid=company.xid, file_name=path.name), path
        )
        running = False
        sampler.join()
        return (peak - idle) / (1024 * 1024)


if __name__ == "__main__":
    print(f"{asyncio.run(main(sys.argv[1], Path(sys.argv[2]))):.1f}")

"""A client process for the crash test: queues every file in a folder and uploads them,
printing progress lines, until the test kills it with SIGKILL.

    python -m tests.uploads.crash_worker BASE_URL DATA_DIR FILES_DIR COMPANY_XID
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from app.api import ApiClient, MemoryTokenStore
from app.uploads import Backoff, Intake, NullListener, UploadJob, UploadQueue, UploadStore


class Printer(NullListener):
    def job_changed(self, job: UploadJob) -> None:
        print(f"{job.state} {job.id} {job.bytes_sent} {job.size}", flush=True)


async def main(base_url: str, data_dir: Path, files: Path, company: int) -> None:
    store = UploadStore(data_dir)
    async with ApiClient(base_url, token_store=MemoryTokenStore()) as api:
        await api.login("demo@example.dk", "demo1234")
        queue = UploadQueue(
            api,
            store,
            listener=Printer(),
            concurrency=2,
            progress_interval=0.0,
            backoff=Backoff(initial=0.05, maximum=0.5, verify_grace=0.1),
        )
        intake = Intake(store)
        for item in await intake.check_folder(company, files):
            queue.add(item)
        print("queued", len(queue.jobs()), flush=True)
        queue.start()
        await queue.wait_idle()
        print("finished", flush=True)
        await queue.stop()


if __name__ == "__main__":
    url, data, folder, xid = sys.argv[1:5]
    asyncio.run(main(url, Path(data), Path(folder), int(xid)))

"""The queue survives a killed process: kill -9 mid-upload, start again, nothing lost,
nothing doubled, spool cleaned."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.api import ApiClient
from app.sandbox.server import SandboxServer
from app.uploads import JobState, UploadQueue, UploadStore
from tests.uploads.conftest import UPLOAD_PATH, pdf
from tests.uploads.test_queue import assert_exactly_once, settle

ROOT = Path(__file__).resolve().parents[2]
FILES = 6
# How long the sandbox sits on each complete body before answering: the window in which
# the test sees "whole body sent, no answer yet" and kills the client; it must outlast
# the test's lag in reading the worker's progress lines on a busy machine.
SERVER_LATENCY_S = 1.0


@pytest.mark.timeout(60)
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
async def test_killed_mid_upload_resumes_exactly_once(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    files = tmp_path / "bilag"
    files.mkdir()
    for n in range(FILES):
        (files / f"scan-{n}.pdf").write_bytes(pdf(size=1_500_000))
    data_dir = tmp_path / "crashing-client"
    server.faults.latency_ms = int(SERVER_LATENCY_S * 1000)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.uploads.crash_worker",
        server.base_url,
        str(data_dir),
        str(files),
        str(company),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    done: set[str] = set()
    sent_whole: set[str] = set()
    try:
        async with asyncio.timeout(30):
            # Kill once a job is done and another's body has been sent but not answered:
            # that one landed (or will) without the client ever hearing of it. Only a
            # body sent after a job was reported done counts: the two first jobs go out
            # together and are answered together, so a late reader could otherwise take
            # the second for unanswered when both are done and nothing is in flight.
            while not (done and sent_whole - done):
                line = (await process.stdout.readline()).decode()
                assert line, "the worker ended early"
                state, *rest = line.split()
                if state == "done":
                    done.add(rest[0])
                elif state == "uploading" and rest[1] == rest[2] and done:
                    sent_whole.add(rest[0])
            # "sent" is the client handing the last bytes to its socket: give them time
            # to reach the server, which then sits on the whole body for a second more
            await asyncio.sleep(SERVER_LATENCY_S / 2)
    finally:
        process.send_signal(signal.SIGKILL)
        await process.wait()
    assert process.returncode == -signal.SIGKILL
    await asyncio.sleep(SERVER_LATENCY_S + 0.3)  # the server finishes what it had been sent
    server.faults.latency_ms = 0

    store = UploadStore(data_dir)  # the lock died with the process
    try:
        queue = make_queue(api, store=store)
        jobs = queue.jobs()
        assert len(jobs) == FILES
        assert any(j.state is JobState.VERIFYING for j in jobs)  # caught mid-flight
        queue.start()
        await settle(queue)
        await assert_exactly_once(api, company, jobs, queue, store)
        # The job whose answer never came was found in the inbox, not sent again.
        for job_id in sent_whole - done:
            assert queue.job(int(job_id)).attempts == 1
        await asyncio.sleep(0.1)  # the sandbox logs a request just after answering it
        landed = [e for e in server.request_log if e.path == UPLOAD_PATH and e.status == 200]
        assert len(landed) == FILES
    finally:
        await queue.stop()
        store.close()

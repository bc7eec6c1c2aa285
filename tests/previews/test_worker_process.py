"""The worker process on its own, without the service that normally watches it."""

from __future__ import annotations

import multiprocessing
import signal
import sys

import pytest

from app.previews.messages import Job, Ready, WorkerConfig
from app.previews.worker import worker_main
from tests.previews.conftest import STANDINS


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="POSIX timers only")
def test_a_stuck_worker_ends_itself_when_nobody_kills_it() -> None:
    context = multiprocessing.get_context("spawn")
    requests_in, requests_out = context.Pipe(duplex=False)
    replies_in, replies_out = context.Pipe(duplex=False)
    config = WorkerConfig(
        max_pixels=1_000_000, max_edge=2000, max_image_pixels=1_000_000,
        memory_limit=None, max_open_documents=2, max_open_bytes=1 << 20,
        self_destruct_after=0.5, extra_handlers=STANDINS,
    )
    worker = context.Process(target=worker_main, args=(requests_in, replies_out, config),
                             daemon=True)
    worker.start()
    requests_in.close()
    replies_out.close()
    try:
        assert replies_in.poll(30), "the worker did not start"
        assert isinstance(replies_in.recv(), Ready)
        requests_out.send(Job(job_id=1, op="call", key="", payload=("block", None),
                              buffer="", buffer_size=0))
        worker.join(10)
        assert worker.exitcode == -signal.SIGALRM
    finally:
        if worker.is_alive():
            worker.kill()
            worker.join()


def test_the_worker_quits_when_asked() -> None:
    context = multiprocessing.get_context("spawn")
    requests_in, requests_out = context.Pipe(duplex=False)
    replies_in, replies_out = context.Pipe(duplex=False)
    config = WorkerConfig(
        max_pixels=1_000_000, max_edge=2000, max_image_pixels=1_000_000,
        memory_limit=None, max_open_documents=2, max_open_bytes=1 << 20,
    )
    worker = context.Process(target=worker_main, args=(requests_in, replies_out, config),
                             daemon=True)
    worker.start()
    requests_in.close()
    replies_out.close()
    assert replies_in.poll(30) and isinstance(replies_in.recv(), Ready)
    requests_out.send(None)
    worker.join(10)
    assert worker.exitcode == 0, sys.platform

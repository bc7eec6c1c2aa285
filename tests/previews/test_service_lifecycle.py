"""Workers that hang, die or are abandoned: the service recovers from each."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.previews import (
    RenderRequest,
    RenderService,
    RenderTimeout,
    ServiceClosed,
    TooLarge,
    WorkerCrashed,
)
from tests.previews import documents

MakeService = Callable[..., Any]


def shared_memory_names() -> set[str]:
    """POSIX shared memory segments (Linux lists them in /dev/shm)."""
    shm = Path("/dev/shm")
    return {p.name for p in shm.iterdir()} if shm.is_dir() else set()


async def render_ok(service: RenderService, key: str = "ok") -> None:
    result = await service.render(key, documents.pdf(), RenderRequest.fit_width(200))
    assert result.width == 200


async def test_a_job_past_its_time_limit_kills_the_worker(make_service: MakeService) -> None:
    service = await make_service(job_timeout=1.0)
    await render_ok(service, "before")
    [old_pid] = service.worker_pids()

    started = time.monotonic()
    with pytest.raises(RenderTimeout) as caught:
        await service.call("block")
    assert 1.0 <= time.monotonic() - started < 2.5
    assert caught.value.seconds == 1.0

    await render_ok(service, "after")
    [new_pid] = service.worker_pids()
    assert new_pid is not None and new_pid != old_pid
    with pytest.raises(ProcessLookupError):  # killed, not left running in the background
        os.kill(old_pid, 0)


async def test_a_worker_killed_during_a_job_is_reported_and_replaced(
    make_service: MakeService,
) -> None:
    service = await make_service(job_timeout=30)
    [old_pid] = service.worker_pids()
    job = asyncio.ensure_future(service.call("block"))
    await asyncio.sleep(0.3)
    os.kill(old_pid, signal.SIGKILL)
    with pytest.raises(WorkerCrashed) as caught:
        await asyncio.wait_for(job, 5)
    assert caught.value.exitcode == -signal.SIGKILL

    await render_ok(service)
    assert service.worker_pids()[0] not in (None, old_pid)


async def test_a_worker_killed_while_idle_is_replaced_quietly(make_service: MakeService) -> None:
    service = await make_service()
    source = documents.pdf(2)
    await service.render("doc", source, RenderRequest.at_zoom(1))
    [old_pid] = service.worker_pids()
    os.kill(old_pid, signal.SIGKILL)
    await asyncio.sleep(0.2)  # idle: no job was on its way when it died
    # The new worker does not have the document open: the service sends it again.
    result = await service.render("doc", source, RenderRequest.at_zoom(1, page=1))
    assert result.page == 1
    assert service.worker_pids()[0] not in (None, old_pid)


async def test_cancelling_a_waiting_caller_leaves_the_service_usable(
    make_service: MakeService,
) -> None:
    service = await make_service(job_timeout=30, abandon_after=0.5)
    [old_pid] = service.worker_pids()
    hanging = asyncio.ensure_future(service.call("block"))
    queued = asyncio.ensure_future(service.render("q", documents.pdf(), RenderRequest.at_zoom(1)))
    await asyncio.sleep(0.2)
    hanging.cancel()
    queued.cancel()
    for task in (hanging, queued):
        with pytest.raises(asyncio.CancelledError):
            await task

    started = time.monotonic()
    await render_ok(service)  # the abandoned job is killed after abandon_after, not 30 s
    assert time.monotonic() - started < 5
    assert service.worker_pids()[0] != old_pid


async def test_a_cancelled_short_job_finishes_without_recycling_the_worker(
    make_service: MakeService,
) -> None:
    service = await make_service(abandon_after=5)
    [pid] = service.worker_pids()
    task = asyncio.ensure_future(service.call("sleep", 0.2))
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await render_ok(service)
    assert service.worker_pids() == [pid]
    assert await service.call("pid") == pid


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
async def test_the_memory_limit_turns_a_hog_into_too_large(make_service: MakeService) -> None:
    service = await make_service(memory_limit=1024 << 20)
    [pid] = service.worker_pids()
    with pytest.raises(TooLarge):
        await service.call("hog", 2048 << 20)
    assert await service.call("hog", 16 << 20) == 16 << 20
    assert service.worker_pids() == [pid]  # refused, not crashed


async def test_documents_stay_with_their_worker(make_service: MakeService) -> None:
    service = await make_service(workers=2)
    assert len(set(service.worker_pids())) == 2
    sources = {key: documents.pdf(2) for key in ("a", "b", "c", "d")}
    for key, data in sources.items():
        await service.render(key, data, RenderRequest.fit_width(100))
    slots = {key: service._slot_for(key) for key in sources}
    for key, data in sources.items():  # page 2 of each: no bytes needed any more
        result = await service.render(key, lambda: pytest.fail("document sent twice"),
                                      RenderRequest.fit_width(100, page=1))
        assert result.page == 1 and service._slot_for(key) is slots[key]
        del data
    assert len(set(slots.values())) == 2  # spread over both workers


async def test_close_stops_the_workers_and_frees_shared_memory(
    make_service: MakeService,
) -> None:
    service = await make_service(workers=2)
    pids = service.worker_pids()
    buffers = {name for slot in service._slots for name in slot.buffers}
    assert len(buffers) == 2
    big = documents.pdf(size=(3000, 3000))  # larger than the default buffer: a one-off
    result = await service.render("big", big, RenderRequest.at_zoom(1))
    assert len(result.pixels) == 3000 * 3000 * 4 > service.buffer_bytes
    assert {name for slot in service._slots for name in slot.buffers} == buffers
    pending = asyncio.ensure_future(service.call("block"))
    await asyncio.sleep(0.2)
    await service.close()
    with pytest.raises(ServiceClosed):
        await pending
    with pytest.raises(ServiceClosed):
        await render_ok(service)
    for pid in pids:
        assert pid is not None
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert not any(slot.buffers for slot in service._slots)
    if sys.platform.startswith("linux"):
        assert not buffers & shared_memory_names()


def test_the_gui_process_does_not_import_the_renderers() -> None:
    code = (
        "import sys, app.previews, app.previews.service;"
        "print(sorted(m for m in ('pymupdf', 'fitz', 'PIL') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).parents[2])
    assert out.stdout.strip() == "[]"


async def test_call_arguments_big_and_small_reach_the_worker(make_service: MakeService) -> None:
    service = await make_service(job_timeout=10)
    # Small ones are written on the loop; an 8 MB one (more than a pipe holds) from a
    # thread, since the loop must not wait for the worker to drain the pipe.
    for size in (0, 1000, 8 << 20):
        assert await service.call("length", bytes(size)) == size


async def test_cancelling_the_first_request_while_workers_start_keeps_the_service() -> None:
    service = RenderService(workers=1, job_timeout=5.0)
    try:
        first = asyncio.ensure_future(
            service.render("k", documents.pdf(), RenderRequest.fit_page(200, 200))
        )
        await asyncio.sleep(0.05)  # the workers are still starting
        first.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await first
        result = await service.render("k", documents.pdf(), RenderRequest.fit_page(200, 200))
        assert result.width > 0 and result.page_count == 1
    finally:
        await service.close()

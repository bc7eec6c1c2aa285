"""The upload queue against a real sandbox over loopback HTTP: exactly once, whatever
the network does."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.api import ApiClient
from app.sandbox.faults import Fault
from app.sandbox.server import SandboxServer
from app.uploads import (
    FailureCode,
    Intake,
    JobNotEditable,
    JobState,
    QueueState,
    UploadJob,
    UploadQueue,
    UploadStore,
    Verdict,
    WaitReason,
)
from tests.uploads.conftest import UPLOAD_PATH, Recorder, pdf, read_inbox

pytestmark = pytest.mark.timeout(60)


async def add_files(
    queue: UploadQueue, intake: Intake, company: int, folder: Path, bodies: list[bytes]
) -> list[UploadJob]:
    jobs = []
    for n, body in enumerate(bodies):
        path = folder / f"bilag-{n:02d}.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)
        item = await intake.check_file(company, path)
        assert item.verdict is Verdict.ACCEPTED, item.message
        jobs.append(queue.add(item))
    return jobs


async def until(condition: Callable[[], bool], seconds: float = 10) -> None:
    """Poll ``condition`` (something the queue does not announce as an event)."""
    async with asyncio.timeout(seconds):
        for _ in itertools.count():
            if condition():
                return
            await asyncio.sleep(0.001)


async def upload_posts(server: SandboxServer) -> int:
    """How many uploads the sandbox received (its log is written just after it answers)."""
    await asyncio.sleep(0.1)
    return server.request_log.count(UPLOAD_PATH, "POST")


async def settle(queue: UploadQueue, seconds: float = 30) -> None:
    async with asyncio.timeout(seconds):
        await queue.wait_idle()


async def assert_exactly_once(
    api: ApiClient, company: int, jobs: list[UploadJob], queue: UploadQueue, store: UploadStore
) -> None:
    """Each job done, its content in the inbox exactly once under its xid, spool clean."""
    inbox = await read_inbox(api, company)
    counts = Counter(entry.sha256 for entry in inbox)
    by_xid = {entry.xid: entry for entry in inbox}
    for job in jobs:
        final = queue.job(job.id)
        assert final.state is JobState.DONE, (final.state, final.error_code, final.error_message)
        assert counts[job.sha256] == 1, f"{job.file_name} is in the inbox {counts[job.sha256]}x"
        assert final.server_xid is not None
        assert by_xid[final.server_xid].sha256 == job.sha256
        assert by_xid[final.server_xid].name == job.friendly_name
        assert final.spool_path is None
    assert list(store.spool_dir.iterdir()) == []


async def test_ten_files_land_once_each(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    recorder = Recorder()
    queue = make_queue(api, listener=recorder, concurrency=3)
    intake = Intake(store)
    jobs = await add_files(queue, intake, company, tmp_path, [pdf(size=50_000) for _ in range(10)])
    assert [j.state for j in jobs] == [JobState.QUEUED] * 10
    queue.start()
    await settle(queue)
    await assert_exactly_once(api, company, jobs, queue, store)
    assert await upload_posts(server) == 10
    # The listener saw every job added, uploading and finished.
    assert {j.id for j in recorder.of("added")} == {j.id for j in jobs}
    assert {j.id for j in recorder.of("finished")} == {j.id for j in jobs}
    changed = recorder.of("changed")
    assert {j.id for j in changed if j.state is JobState.UPLOADING and j.progress == 1.0} == {
        j.id for j in jobs
    }
    assert recorder.of("queue")[0] is QueueState.RUNNING
    # Uploaded to the inbox, visible, with the friendly name and date asked for.
    file = await api.archive_file(company, queue.job(jobs[0].id).server_xid or 0)
    assert file.friendly_filename == "bilag-00" and file.file_name == "bilag-00.pdf"
    assert file.date == jobs[0].date and file.content_type == "application/pdf"
    # Done jobs can be cleared from the list; the history keeps them for duplicate checks.
    assert queue.clear_finished() == 10 and queue.jobs() == []
    again = await intake.check_file(company, tmp_path / "bilag-03.pdf")
    assert again.verdict is Verdict.DUPLICATE
    assert again.previous is not None and again.previous.server_xid is not None


async def test_progress_is_throttled(
    api: ApiClient,
    company: int,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    recorder = Recorder()
    queue = make_queue(api, listener=recorder, progress_interval=10.0)
    [job] = await add_files(queue, Intake(store), company, tmp_path, [pdf(size=4_000_000)])
    queue.start()
    await settle(queue)
    progress = [j for j in recorder.of("changed") if j.state is JobState.UPLOADING]
    # 4 MB is 6 slices: with a 10 s interval only the first report and the last one pass.
    assert [j.bytes_sent for j in progress][-1] == job.size
    assert len([j for j in progress if j.bytes_sent]) <= 2


async def test_dropped_connections_neither_lose_nor_double(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    # Deterministic: the first two uploads land but their answers are lost; the third is
    # dropped before it is handled.
    server.faults.enqueue(Fault.drop_after(), method="POST", path_prefix=UPLOAD_PATH, times=2)
    server.faults.enqueue(Fault.drop_before(), method="POST", path_prefix=UPLOAD_PATH)
    recorder = Recorder()
    queue = make_queue(api, listener=recorder, concurrency=1)
    jobs = await add_files(queue, Intake(store), company, tmp_path, [pdf() for _ in range(4)])
    queue.start()
    await settle(queue)
    await assert_exactly_once(api, company, jobs, queue, store)
    # Found in the inbox instead of being sent again: 4 files, 3 drops, 1 re-send.
    assert await upload_posts(server) == 5
    states = [j.state for j in recorder.of("changed") if j.id == jobs[0].id]
    assert JobState.WAITING in states and JobState.VERIFYING in states
    assert queue.job(jobs[0].id).attempts == 1
    assert queue.job(jobs[2].id).attempts == 2


async def test_random_drops_lose_nothing_and_double_nothing(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    server.faults.seed(20261124)
    server.faults.drop_rate = 0.5
    queue = make_queue(api)
    jobs = await add_files(queue, Intake(store), company, tmp_path, [pdf() for _ in range(8)])
    queue.start()
    await settle(queue, 45)
    server.faults.drop_rate = 0.0
    await assert_exactly_once(api, company, jobs, queue, store)
    dropped = [e for e in server.request_log if e.path == UPLOAD_PATH and e.status is None]
    assert dropped, "the sandbox dropped no upload: the test proves nothing"


async def test_server_errors_are_retried(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    server.faults.enqueue(Fault.status(503), method="POST", path_prefix=UPLOAD_PATH, times=3)
    server.faults.enqueue(Fault.status(500), method="POST", path_prefix=UPLOAD_PATH)
    server.faults.enqueue(Fault.status(429, retry_after=0.1), method="POST", times=4)
    server.faults.enqueue(Fault.garbage(), method="POST", path_prefix=UPLOAD_PATH)
    recorder = Recorder()
    queue = make_queue(api, listener=recorder, concurrency=1)
    jobs = await add_files(queue, Intake(store), company, tmp_path, [pdf() for _ in range(3)])
    queue.start()
    await settle(queue)
    await assert_exactly_once(api, company, jobs, queue, store)
    waits = {j.wait_reason for j in recorder.of("changed") if j.state is JobState.WAITING}
    assert waits == {WaitReason.SERVER}


async def test_random_503s_are_retried(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    server.faults.seed(7)
    server.faults.fail_rate = 0.4
    queue = make_queue(api)
    jobs = await add_files(queue, Intake(store), company, tmp_path, [pdf() for _ in range(6)])
    queue.start()
    await settle(queue)
    server.faults.fail_rate = 0.0
    await assert_exactly_once(api, company, jobs, queue, store)


async def test_too_large_for_the_server_fails(
    make_sandbox: Callable[..., SandboxServer],
    make_client: Callable[[SandboxServer], Any],
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    server = make_sandbox(seed="empty", max_upload_mb=0.1)
    api = await make_client(server)
    company = (await api.companies()).default_company().xid
    recorder = Recorder()
    queue = make_queue(api, listener=recorder)
    small, big = await add_files(
        queue, Intake(store), company, tmp_path, [pdf(size=1000), pdf(size=200_000)]
    )
    queue.start()
    await settle(queue)
    assert queue.job(small.id).state is JobState.DONE
    failed = queue.job(big.id)
    assert (failed.state, failed.error_code) == (JobState.FAILED, FailureCode.TOO_LARGE)
    assert failed.error_message
    assert failed.spool_path is not None and failed.spool_path.exists()  # kept for a retry
    assert failed in recorder.of("finished")


async def test_company_that_does_not_allow_adding(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    server.store.set_permissions(company, add=False)
    queue = make_queue(api)
    [job] = await add_files(queue, Intake(store), company, tmp_path, [pdf()])
    queue.start()
    await settle(queue)
    failed = queue.job(job.id)
    assert (failed.state, failed.error_code) == (JobState.FAILED, FailureCode.FORBIDDEN)
    assert failed.spool_path is not None and failed.spool_path.exists()


async def test_unknown_outcome_that_cannot_be_checked(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    """Adding allowed, viewing not: after a lost answer the job cannot look in the inbox,
    so it fails as unverifiable instead of sending the file a second time."""
    server.store.set_permissions(company, view=False)
    server.faults.enqueue(Fault.drop_after(), method="POST", path_prefix=UPLOAD_PATH)
    queue = make_queue(api)
    [job] = await add_files(queue, Intake(store), company, tmp_path, [pdf()])
    queue.start()
    await settle(queue)
    failed = queue.job(job.id)
    assert (failed.state, failed.error_code) == (JobState.FAILED, FailureCode.UNVERIFIABLE)
    assert await upload_posts(server) == 1
    # The user looked, and says send it again.
    server.store.set_permissions(company, view=True)
    assert queue.retry(job.id)
    await settle(queue)
    assert queue.job(job.id).state is JobState.DONE
    assert await upload_posts(server) == 2


async def test_session_expiry_pauses_until_resume(
    api: ApiClient,
    company: int,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    recorder = Recorder()
    queue = make_queue(api, listener=recorder)
    queue.start()
    await api.invalidate_or_expire_tokens(invalidate_now=True, expire_refresh_token_now=True)
    jobs = await add_files(queue, Intake(store), company, tmp_path, [pdf(), pdf(), pdf()])
    await until(lambda: queue.state is QueueState.SIGN_IN_REQUIRED)
    await asyncio.sleep(0.2)  # paused: nothing else is tried meanwhile
    waiting = [j for j in queue.jobs() if j.state is JobState.WAITING]
    assert waiting and all(j.wait_reason is WaitReason.SIGN_IN for j in waiting)
    assert all(j.state in (JobState.WAITING, JobState.QUEUED) for j in queue.jobs())
    await api.login("demo@example.dk", "demo1234")
    queue.resume()
    await settle(queue)
    assert queue.state is QueueState.RUNNING
    await assert_exactly_once(api, company, jobs, queue, store)


async def test_cancel_edit_and_retry(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    recorder = Recorder()
    queue = make_queue(api, listener=recorder, concurrency=1)
    keep, drop, rename = await add_files(
        queue, Intake(store), company, tmp_path, [pdf(), pdf(), pdf()]
    )
    assert queue.cancel(drop.id)
    assert queue.job(drop.id).state is JobState.CANCELLED
    assert drop.spool_path is not None and not drop.spool_path.exists()
    edited = queue.edit(rename.id, friendly_name="  Husleje  november ", date=date(2026, 11, 1))
    assert (edited.friendly_name, edited.date) == ("Husleje november", date(2026, 11, 1))
    with pytest.raises(ValueError):
        queue.edit(rename.id, friendly_name="   ")
    server.faults.enqueue(Fault.status(400, message="Ugyldig dato"), method="POST")
    queue.start()
    await settle(queue)
    failed = queue.job(keep.id)
    assert (failed.state, failed.error_code) == (JobState.FAILED, FailureCode.REJECTED)
    assert failed.error_message == "Ugyldig dato"
    assert queue.retry(keep.id)
    await settle(queue)
    assert queue.job(keep.id).state is JobState.DONE
    with pytest.raises(JobNotEditable):
        queue.edit(keep.id, friendly_name="Too late")
    assert not queue.cancel(keep.id)
    inbox = {e.sha256: e for e in await read_inbox(api, company)}
    assert drop.sha256 not in inbox
    renamed = await api.archive_file(company, queue.job(rename.id).server_xid or 0)
    assert (renamed.friendly_filename, renamed.date) == ("Husleje november", date(2026, 11, 1))
    assert rename.sha256 in inbox and keep.sha256 in inbox


async def test_cancel_while_sending(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    queue = make_queue(api, concurrency=1)
    [job] = await add_files(queue, Intake(store), company, tmp_path, [pdf(size=6_000_000)])
    queue.start()
    await until(lambda: queue.job(job.id).bytes_sent > 0)
    assert queue.cancel(job.id)
    await settle(queue)
    assert queue.job(job.id).state is JobState.CANCELLED
    assert job.sha256 not in {e.sha256 for e in await read_inbox(api, company)}
    assert list(store.spool_dir.iterdir()) == []


async def test_stop_and_restart_mid_upload(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    paths: Any,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    server.faults.latency_ms = 400
    queue = make_queue(api, concurrency=2)
    jobs = await add_files(
        queue, Intake(store), company, tmp_path, [pdf(size=300_000) for _ in range(4)]
    )
    queue.start()
    # Stop while the server sits on two complete bodies.
    await until(lambda: sum(j.bytes_sent == j.size for j in queue.jobs()) >= 2)
    await queue.stop()
    assert [j.state for j in queue.jobs()] == [JobState.QUEUED] * 4
    assert sum(j.needs_verify for j in queue.jobs()) == 2
    await asyncio.sleep(0.5)  # the server finishes the abandoned requests
    server.faults.latency_ms = 0
    second = make_queue(api)
    second.start()
    await settle(second)
    await assert_exactly_once(api, company, jobs, second, store)
    assert await upload_posts(server) == 4


async def test_crash_after_the_upload_landed(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    """A job left 'uploading' by a crash whose file did land is found, not sent again;
    one whose file did not land is sent."""
    from app.api.models import FileUploadMeta

    landed, lost = await add_files(
        make_queue(api), Intake(store), company, tmp_path, [pdf(), pdf()]
    )
    for job in (landed, lost):
        store.update(
            job, job.created_at, state=JobState.UPLOADING, attempts=1, started_at=job.created_at
        )
    assert landed.spool_path is not None
    # The same name and content landed long ago too (added by someone else): not it.
    meta = FileUploadMeta(
        company_xid=company,
        content_type="application/pdf",
        file_name=landed.file_name,
        friendly_filename=landed.friendly_name,
        date=landed.date,
        keep_hidden_until_registration=False,
    )
    xid = await api.upload_file(meta, landed.spool_path)
    before = await upload_posts(server)
    assert before == 1
    queue = make_queue(api)  # "the next start"
    assert {j.state for j in queue.jobs()} == {JobState.VERIFYING}
    queue.start()
    await settle(queue)
    assert queue.job(landed.id).server_xid == xid
    assert await upload_posts(server) == before + 1  # only `lost`
    await assert_exactly_once(api, company, [landed, lost], queue, store)


async def test_duplicate_content_jobs_each_land(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    """The user added the same file twice on purpose; drops make both ambiguous. Each
    job must claim its own upload, not the other's."""
    server.faults.enqueue(Fault.drop_after(), method="POST", path_prefix=UPLOAD_PATH, times=2)
    body = pdf()
    intake = Intake(store)
    queue = make_queue(api, concurrency=2)
    path = tmp_path / "kvittering.pdf"
    path.write_bytes(body)
    first = queue.add(await intake.check_file(company, path))
    duplicate = await intake.check_file(company, path)
    assert duplicate.verdict is Verdict.DUPLICATE
    second = queue.add(duplicate)
    queue.start()
    await settle(queue)
    xids = {queue.job(first.id).server_xid, queue.job(second.id).server_xid}
    inbox = [
        e for e in await read_inbox(api, company) if e.sha256 == hashlib.sha256(body).hexdigest()
    ]
    assert len(inbox) == 2 and xids == {e.xid for e in inbox}


async def test_waits_for_the_network(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    recorder = Recorder()
    queue = make_queue(api, listener=recorder)
    jobs = await add_files(queue, Intake(store), company, tmp_path, [pdf(), pdf()])
    server.stop()  # nobody listens on the port any more
    queue.start()
    await until(lambda: queue.state is QueueState.OFFLINE)
    waiting = [j for j in queue.jobs() if j.state is JobState.WAITING]
    assert waiting and all(j.wait_reason is WaitReason.NETWORK for j in waiting)
    assert not any(j.needs_verify for j in queue.jobs())  # nothing was sent
    server.start()  # same port, same data
    await settle(queue)
    assert queue.state is QueueState.RUNNING
    await assert_exactly_once(api, company, jobs, queue, store)
    assert QueueState.OFFLINE in recorder.of("queue")

"""The upload queue: a persistent, resumable, exactly-once uploader of inbox files.

    store = UploadStore.open(paths)
    intake = Intake(store)
    queue = UploadQueue(api, store, listener=bridge)
    queue.start()
    for item in await intake.check_paths(company_xid, dropped):
        if item.verdict is Verdict.ACCEPTED:
            queue.add(item)
    ...
    await queue.stop()

Rules (see the package docstring for the states):

* Every job's content is spooled first; the spooled copy is deleted only once the
  upload is confirmed (or the job is cancelled).
* A job is sent only when nothing says an earlier attempt may have landed. After an
  ambiguous failure (the connection broke after the request left, a timeout, a 5xx
  other than 503, a garbled answer) or a crash while sending, the job first looks for
  itself in the inbox (``reconcile.find_landed_upload``): found -> done with that xid.
* Connection failures, 429 and 5xx are retried with exponential backoff (the job shows
  ``waiting``); an expired session pauses the queue until ``resume()``; 400/403/404/409/
  413 fail the job with a reason.
* Two jobs with the same content for the same company never run at once, so one cannot
  mistake the other's upload for its own.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from msgspec.structs import replace

from app.api import errors, models
from app.api.tokens import utc_now
from app.api.uploads import ProgressCallback
from app.uploads.intake import NAME_MAX, IntakeItem, today
from app.uploads.recognized import (
    MAX_PDF_BYTES,
    READ_TIMEOUT,
    TextReader,
    read_recognized_text,
)
from app.uploads.reconcile import InboxReader, ReconcileSettings, find_landed_upload
from app.uploads.store import (
    FINAL_STATES,
    JobState,
    UploadJob,
    UploadStore,
    WaitReason,
    remove_file,
)

log = logging.getLogger(__name__)

__all__ = [
    "Backoff",
    "FailureCode",
    "JobNotEditable",
    "NullListener",
    "QueueState",
    "UploadApi",
    "UploadListener",
    "UploadQueue",
]


class UploadApi(InboxReader, Protocol):
    """The part of ``ApiClient`` the queue uses."""

    async def upload_file(
        self,
        meta: models.FileUploadMeta,
        source: Path | bytes,
        *,
        progress: ProgressCallback | None = None,
    ) -> int: ...


class FailureCode(StrEnum):
    """Why a job failed (``UploadJob.error_code``); ``error_message`` is English."""

    TOO_LARGE = "too_large"  # 413 from the server
    FORBIDDEN = "forbidden"  # 403: the company does not allow adding documents
    REJECTED = "rejected"  # 400/404/409/422: the server refused it (its message)
    SERVER_ERROR = "server_error"  # 5xx/429/garbled answers too many times in a row
    SPOOL_MISSING = "spool_missing"  # the spooled copy of the content is gone
    UNREADABLE = "unreadable"  # the spooled copy cannot be read
    UNVERIFIABLE = "unverifiable"  # may have landed, and the inbox cannot be checked
    INTERNAL = "internal"  # a bug; see the log


class QueueState(StrEnum):
    STOPPED = "stopped"
    RUNNING = "running"
    OFFLINE = "offline"  # backing off after connection failures
    SIGN_IN_REQUIRED = "sign_in_required"  # paused until resume()


class UploadListener(Protocol):
    """What the UI observes. Called on the event loop; keep the methods quick."""

    def job_added(self, job: UploadJob) -> None: ...

    def job_changed(self, job: UploadJob) -> None:
        """State, progress (throttled) or editable fields changed."""

    def job_finished(self, job: UploadJob) -> None:
        """Reached done, failed or cancelled (after the matching job_changed)."""

    def job_removed(self, job_id: int) -> None: ...

    def queue_state_changed(self, state: QueueState) -> None: ...


class NullListener:
    """A listener that ignores everything: subclass it and override what you need."""

    def job_added(self, job: UploadJob) -> None:
        pass

    def job_changed(self, job: UploadJob) -> None:
        pass

    def job_finished(self, job: UploadJob) -> None:
        pass

    def job_removed(self, job_id: int) -> None:
        pass

    def queue_state_changed(self, state: QueueState) -> None:
        pass


class JobNotEditable(ValueError):
    """The job is not (or no longer) in a state where its metadata may change."""


@dataclass(frozen=True)
class Backoff:
    initial: float = 1.0  # seconds before the first retry
    maximum: float = 120.0
    factor: float = 2.0
    jitter: float = 0.25  # +- this fraction
    server_attempts: int = 8  # consecutive 5xx/429/garbled answers before failing
    # After an unknown outcome, wait at least this long before looking in the inbox, so
    # a server still finishing the request is not checked too early.
    verify_grace: float = 3.0
    # After a timeout the server may still be working on the request: wait longer.
    timeout_grace: float = 30.0

    def delay(self, failures: int, rng: random.Random) -> float:
        base = min(self.maximum, self.initial * self.factor ** max(0, failures - 1))
        return max(0.0, base * (1 + rng.uniform(-self.jitter, self.jitter)))


_EDITABLE = frozenset({JobState.QUEUED, JobState.WAITING, JobState.FAILED})
_ORPHAN_AGE = 3600.0  # spool files no job refers to are deleted after an hour


class UploadQueue:
    """Uploads jobs from an ``UploadStore``, ``concurrency`` at a time."""

    def __init__(
        self,
        api: UploadApi,
        store: UploadStore,
        *,
        clock: Callable[[], datetime] = utc_now,
        concurrency: int = 2,
        backoff: Backoff | None = None,
        reconcile: ReconcileSettings | None = None,
        progress_interval: float = 0.05,
        listener: UploadListener | None = None,
        rng: random.Random | None = None,
        text_reader: TextReader | None = None,
        text_timeout: float = READ_TIMEOUT,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._api = api
        self._store = store
        self._clock = clock
        self.concurrency = concurrency
        self._backoff = backoff or Backoff()
        self._reconcile = reconcile or ReconcileSettings()
        self._progress_interval = progress_interval
        self._listeners: list[UploadListener] = [listener] if listener else []
        self._rng = rng or random.Random()
        # Reads a PDF's words (in a render worker) to send as recognizedTextElements;
        # None: files are sent without them. Settable until the queue starts.
        self.text_reader = text_reader
        self.text_timeout = text_timeout
        self._recognized: dict[int, list[models.RecognizedText] | None] = {}

        self._jobs: dict[int, UploadJob] = {}
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._due: dict[int, float] = {}  # job id -> monotonic time before which it waits
        self._server_failures: dict[int, int] = {}
        self._last_progress: dict[int, float] = {}
        self._cancel_requested: set[int] = set()
        self._network_failures = 0
        self._blocked_until = 0.0  # monotonic time: no new attempts before (offline)
        self._paused_for_sign_in = False
        self._stopping = False
        self._dispatcher: asyncio.Task[None] | None = None
        self._housekeeping: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._state = QueueState.STOPPED
        self._settled = asyncio.Event()  # set whenever a job settles or a task ends
        self._load()

    # --- public: observing ------------------------------------------------------------

    def add_listener(self, listener: UploadListener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: UploadListener) -> None:
        self._listeners.remove(listener)

    def jobs(self) -> list[UploadJob]:
        """Every job in the list, oldest first."""
        return [self._jobs[i] for i in sorted(self._jobs)]

    def job(self, job_id: int) -> UploadJob:
        return self._jobs[job_id]

    @property
    def state(self) -> QueueState:
        return self._state

    @property
    def running(self) -> bool:
        return self._dispatcher is not None

    @property
    def idle(self) -> bool:
        """Nothing left to do (every job done, failed or cancelled)."""
        return all(
            job.state in FINAL_STATES or job.state is JobState.FAILED for job in self._jobs.values()
        )

    # --- public: lifecycle ------------------------------------------------------------

    def start(self) -> None:
        """Start uploading (call from the running event loop)."""
        if self._dispatcher is not None:
            return
        self._stopping = False
        self._wake = asyncio.Event()
        self._dispatcher = asyncio.get_running_loop().create_task(
            self._dispatch(), name="upload-queue"
        )
        self._housekeeping = asyncio.get_running_loop().create_task(
            self._clean_spool(), name="upload-queue-spool-cleanup"
        )
        self._update_state()

    async def stop(self) -> None:
        """Stop: interrupt running uploads (they resume, or are verified, next start)."""
        if self._dispatcher is None:
            return
        self._stopping = True
        tasks = [self._dispatcher, *self._tasks.values()]
        if self._housekeeping is not None:
            tasks.append(self._housekeeping)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._dispatcher = None
        self._housekeeping = None
        self._tasks.clear()
        self._update_state()

    async def wait_idle(self) -> None:
        """Until every job is done, failed or cancelled (wrap in ``asyncio.timeout``)."""
        while not (self.idle and not self._tasks):
            self._settled.clear()
            await self._settled.wait()

    def resume(self) -> None:
        """After the user signed in again (or "try now"): continue waiting jobs at once."""
        self._paused_for_sign_in = False
        self._blocked_until = 0.0
        self._network_failures = 0
        for job_id, job in self._jobs.items():
            if job.state is JobState.WAITING:
                self._due.pop(job_id, None)
        self._update_state()
        self._kick()

    # --- public: jobs -------------------------------------------------------------------

    def add(
        self,
        item: IntakeItem,
        *,
        friendly_name: str | None = None,
        date: date | None = None,
    ) -> UploadJob:
        """Queue an accepted item (or a duplicate the user chose to add anyway)."""
        staged = item.staged
        if staged is None:
            raise ValueError(f"{item.name} was refused ({item.refusal}) and cannot be added")
        if any(job.spool_path == staged.spool_path for job in self._jobs.values()):
            raise ValueError(f"{item.name} is already in the queue")
        name = _check_name(friendly_name if friendly_name is not None else staged.friendly_name)
        job = self._store.add_job(
            company_xid=item.company_xid,
            source_path=str(item.source) if item.source is not None else None,
            spool_path=staged.spool_path,
            content_type=staged.content_type,
            file_name=staged.file_name,
            friendly_name=name,
            date=date or today(self._clock),
            size=staged.size,
            sha256=staged.sha256,
            now=self._clock(),
        )
        self._jobs[job.id] = job
        log.info("queued job %d: %s (%d bytes)", job.id, job.file_name, job.size)
        self._emit("job_added", job)
        self._kick()
        return job

    def edit(
        self,
        job_id: int,
        *,
        friendly_name: str | None = None,
        date: date | None = None,
    ) -> UploadJob:
        """Change the friendly name and/or date of a job that has not been sent yet."""
        job = self._jobs[job_id]
        if job.state not in _EDITABLE or job_id in self._tasks or job.needs_verify:
            raise JobNotEditable(f"job {job_id} is {job.state} and can no longer be edited")
        changes: dict[str, Any] = {}
        if friendly_name is not None:
            changes["friendly_name"] = _check_name(friendly_name)
        if date is not None:
            changes["date"] = date
        if not changes:
            return job
        return self._update(job_id, **changes)

    def cancel(self, job_id: int) -> bool:
        """Cancel a job; False when it is finished or too far along to stop cleanly.

        An upload whose whole body has been sent cannot be taken back: it finishes.
        """
        job = self._jobs[job_id]
        if job.state in FINAL_STATES:
            return False
        task = self._tasks.get(job_id)
        if task is not None:
            if job.state is JobState.UPLOADING and job.bytes_sent >= job.size:
                return False
            self._cancel_requested.add(job_id)
            task.cancel()
            return True
        self._mark_cancelled(job_id)
        return True

    def retry(self, job_id: int) -> bool:
        """Try a failed or waiting job again now; False when there is nothing to retry."""
        job = self._jobs[job_id]
        if job.state not in (JobState.FAILED, JobState.WAITING) or job_id in self._tasks:
            return False
        self._due.pop(job_id, None)
        self._server_failures.pop(job_id, None)
        if job.state is JobState.WAITING and job.wait_reason is WaitReason.NETWORK:
            self._blocked_until = 0.0
        needs_verify = job.needs_verify
        if job.error_code == FailureCode.UNVERIFIABLE:
            needs_verify = False  # the user looked and decided to send it again
        self._update(
            job_id,
            state=JobState.QUEUED,
            wait_reason=None,
            error_code=None,
            error_message=None,
            needs_verify=needs_verify,
        )
        self._update_state()
        self._kick()
        return True

    def remove(self, job_id: int) -> bool:
        """Remove a done or cancelled job from the list (the upload history stays)."""
        job = self._jobs.get(job_id)
        if job is None or job.state not in FINAL_STATES:
            return False
        self._store.delete_jobs([job_id])
        del self._jobs[job_id]
        self._emit("job_removed", job_id)
        return True

    def clear_finished(self) -> int:
        """Remove every done and cancelled job from the list; how many were removed."""
        ids = [i for i, job in self._jobs.items() if job.state in FINAL_STATES]
        for job_id in ids:
            self.remove(job_id)
        return len(ids)

    # --- loading and housekeeping ---------------------------------------------------------

    def _load(self) -> None:
        """Read the jobs; anything caught mid-flight by a crash is verified first."""
        now = self._clock()
        for job in self._store.jobs():
            if job.state in (JobState.UPLOADING, JobState.VERIFYING):
                log.info("job %d was %s when the program stopped: verifying", job.id, job.state)
                job = self._store.update(
                    job, now, state=JobState.VERIFYING, needs_verify=True, bytes_sent=0
                )
                self._due[job.id] = time.monotonic() + self._backoff.verify_grace
            elif job.state is JobState.WAITING:
                job = self._store.update(job, now, state=JobState.QUEUED, wait_reason=None)
            self._jobs[job.id] = job

    async def _clean_spool(self) -> None:
        """Delete spooled copies of finished jobs and files no job refers to."""
        now = self._clock()
        for job in list(self._jobs.values()):
            if job.state in FINAL_STATES and job.spool_path is not None:
                await asyncio.to_thread(remove_file, job.spool_path)
                self._jobs[job.id] = self._store.update(job, now, spool_path=None)
        referenced = {job.spool_path.name for job in self._jobs.values() if job.spool_path}
        referenced |= self._store.spool_names()
        await asyncio.to_thread(_remove_orphans, self._store.spool_dir, referenced)

    # --- scheduling ---------------------------------------------------------------------

    def _now(self) -> float:
        return time.monotonic()

    def _kick(self) -> None:
        if self._wake is not None:
            self._wake.set()

    async def _dispatch(self) -> None:
        assert self._wake is not None
        while True:
            self._wake.clear()
            self._update_state()
            next_due = self._launch_ready()
            timeout = None if next_due is None else max(0.0, next_due - self._now())
            # a task, not a bare coroutine: stopping the queue while it waits must not
            # leave an Event.wait() coroutine that was never awaited
            waiter = asyncio.ensure_future(self._wake.wait())
            try:
                await asyncio.wait({waiter}, timeout=timeout)
            finally:
                waiter.cancel()

    def _launch_ready(self) -> float | None:
        """Start what may start; the next time something becomes due, if any."""
        now = self._now()
        next_due: float | None = None

        def later(when: float) -> None:
            nonlocal next_due
            next_due = when if next_due is None else min(next_due, when)

        if self._paused_for_sign_in:
            return None
        if self._blocked_until > now:
            return self._blocked_until
        busy = {
            (self._jobs[i].company_xid, self._jobs[i].sha256)
            for i in self._tasks
            if i in self._jobs
        }
        for job_id in sorted(self._jobs):
            if len(self._tasks) >= self.concurrency:
                break
            job = self._jobs[job_id]
            if job_id in self._tasks or job.state not in (
                JobState.QUEUED,
                JobState.VERIFYING,
                JobState.WAITING,
            ):
                continue
            due = self._due.get(job_id, 0.0)
            if due > now:
                later(due)
                continue
            key = (job.company_xid, job.sha256)
            if key in busy:
                continue
            busy.add(key)
            self._due.pop(job_id, None)
            task = asyncio.get_running_loop().create_task(
                self._run(job_id), name=f"upload-job-{job_id}"
            )
            self._tasks[job_id] = task
            task.add_done_callback(functools.partial(self._task_done_cb, job_id))
        return next_due

    def _task_done_cb(self, job_id: int, _task: asyncio.Task[None]) -> None:
        self._task_done(job_id)

    def _task_done(self, job_id: int) -> None:
        self._tasks.pop(job_id, None)
        self._cancel_requested.discard(job_id)
        self._last_progress.pop(job_id, None)
        self._settled.set()
        self._kick()

    def _update_state(self) -> None:
        if self._dispatcher is None:
            state = QueueState.STOPPED
        elif self._paused_for_sign_in:
            state = QueueState.SIGN_IN_REQUIRED
        elif self._blocked_until > self._now():
            state = QueueState.OFFLINE
        else:
            state = QueueState.RUNNING
        if state is not self._state:
            self._state = state
            log.info("upload queue: %s", state)
            self._emit("queue_state_changed", state)

    # --- one job ---------------------------------------------------------------------------

    async def _run(self, job_id: int) -> None:
        verifying = False
        try:
            job = self._jobs[job_id]
            if job.needs_verify:
                verifying = True
                job = self._update(job_id, state=JobState.VERIFYING, wait_reason=None)
                found = await find_landed_upload(
                    self._api,
                    company_xid=job.company_xid,
                    friendly_name=job.friendly_name,
                    doc_date=job.date,
                    sha256=job.sha256,
                    since=job.started_at or job.created_at,
                    exclude_xids=self._store.known_xids(job.company_xid),
                    settings=self._reconcile,
                )
                self._reachable()
                if found is not None:
                    await self._finish_done(job_id, found)
                    return
                job = self._update(job_id, needs_verify=False)
                verifying = False
            spool = job.spool_path
            if spool is None or not await asyncio.to_thread(spool.is_file):
                self._fail(
                    job_id,
                    FailureCode.SPOOL_MISSING,
                    "The copy of the file kept for uploading is missing; add the file again.",
                )
                return
            job = self._update(
                job_id,
                state=JobState.UPLOADING,
                wait_reason=None,
                attempts=job.attempts + 1,
                bytes_sent=0,
                error_code=None,
                error_message=None,
                started_at=job.started_at or self._clock(),
            )
            meta = models.FileUploadMeta(
                company_xid=job.company_xid,
                content_type=job.content_type,
                file_name=job.file_name,
                friendly_filename=job.friendly_name,
                date=job.date,
                keep_hidden_until_registration=False,
                recognized_text_elements=await self._recognized_text(job, spool),
            )
            log.info("sending job %d (attempt %d)", job_id, job.attempts)
            xid = await self._api.upload_file(meta, spool, progress=self._progress(job_id))
            self._reachable()
            await self._finish_done(job_id, xid)
        except asyncio.CancelledError:
            self._interrupted(job_id)
            raise
        except errors.ApiError as exc:
            self._attempt_failed(job_id, exc, verifying=verifying)
        except OSError as exc:
            log.warning("job %d: cannot read its spooled copy: %s", job_id, exc)
            self._fail(job_id, FailureCode.UNREADABLE, f"The file could not be read: {exc}")
        except Exception as exc:
            log.exception("job %d failed unexpectedly", job_id)
            self._fail(job_id, FailureCode.INTERNAL, f"Unexpected error: {exc!r}")

    async def _recognized_text(
        self, job: UploadJob, spool: Path
    ) -> list[models.RecognizedText] | None:
        """The words of a PDF job (read once per job, in a render worker)."""
        reader = self.text_reader
        if reader is None or job.content_type.lower() != "application/pdf":
            return None
        if job.id in self._recognized:
            return self._recognized[job.id]
        elements: list[models.RecognizedText] | None = None
        if job.size <= MAX_PDF_BYTES:
            data = await asyncio.to_thread(spool.read_bytes)
            elements = await read_recognized_text(reader, data, limit=self.text_timeout)
        self._recognized[job.id] = elements
        log.info("job %d: %d words sent with it", job.id, len(elements or ()))
        return elements

    def _progress(self, job_id: int) -> ProgressCallback:
        def report(sent: int, total: int) -> None:
            job = self._jobs.get(job_id)
            if job is None or job.state is not JobState.UPLOADING:
                return
            job = replace(job, bytes_sent=sent)
            self._jobs[job_id] = job
            now = self._now()
            last = self._last_progress.get(job_id)
            if sent >= total or last is None or now - last >= self._progress_interval:
                self._last_progress[job_id] = now
                self._emit("job_changed", job)

        return report

    async def _finish_done(self, job_id: int, server_xid: int) -> None:
        job = self._store.finish_done(self._jobs[job_id], server_xid, self._clock())
        self._jobs[job_id] = job
        self._server_failures.pop(job_id, None)
        self._recognized.pop(job_id, None)
        log.info("job %d done: %s is file %d", job_id, job.file_name, server_xid)
        self._emit("job_changed", job)
        self._emit("job_finished", job)
        await asyncio.to_thread(remove_file, job.spool_path)
        current = self._jobs.get(job_id)
        if current is not None:
            self._jobs[job_id] = self._store.update(current, self._clock(), spool_path=None)

    def _reachable(self) -> None:
        """The server answered: end any offline backoff."""
        if self._network_failures or self._blocked_until:
            self._network_failures = 0
            self._blocked_until = 0.0
            self._update_state()

    def _interrupted(self, job_id: int) -> None:
        job = self._jobs.get(job_id)
        if job is None or job.state in FINAL_STATES:
            return
        if job_id in self._cancel_requested:
            self._mark_cancelled(job_id)
            return
        # Stopping: an upload whose body was not completely sent cannot have landed.
        may_have_landed = job.state is JobState.UPLOADING and job.bytes_sent >= job.size
        self._update(
            job_id,
            state=JobState.QUEUED,
            wait_reason=None,
            bytes_sent=0,
            needs_verify=job.needs_verify or may_have_landed,
            notify=not self._stopping,
        )

    def _mark_cancelled(self, job_id: int) -> None:
        job = self._update(
            job_id,
            state=JobState.CANCELLED,
            wait_reason=None,
            bytes_sent=0,
            finished_at=self._clock(),
        )
        self._due.pop(job_id, None)
        spool = job.spool_path
        job = self._update(job_id, spool_path=None, notify=False)
        remove_file(spool)  # small and local: fine on the loop
        log.info("job %d cancelled", job_id)
        self._emit("job_finished", job)

    def _fail(self, job_id: int, code: FailureCode, message: str) -> None:
        job = self._update(
            job_id,
            state=JobState.FAILED,
            wait_reason=None,
            error_code=code.value,
            error_message=message,
            bytes_sent=0,
            finished_at=self._clock(),
        )
        log.warning("job %d failed: %s: %s", job_id, code, message)
        self._emit("job_finished", job)

    def _wait(
        self,
        job_id: int,
        reason: WaitReason,
        delay: float,
        message: str,
        *,
        may_have_landed: bool,
    ) -> None:
        job = self._jobs[job_id]
        self._due[job_id] = self._now() + delay
        self._update(
            job_id,
            state=JobState.WAITING,
            wait_reason=reason,
            bytes_sent=0,
            error_message=message,
            needs_verify=job.needs_verify or may_have_landed,
        )
        log.info("job %d waits %.1f s (%s): %s", job_id, delay, reason, message)

    def _attempt_failed(self, job_id: int, exc: errors.ApiError, *, verifying: bool) -> None:
        """Decide what an API failure means for the job (``verifying``: while looking)."""
        grace = self._backoff.verify_grace
        if isinstance(exc, errors.SessionExpired):
            self._paused_for_sign_in = True
            self._update(
                job_id, state=JobState.WAITING, wait_reason=WaitReason.SIGN_IN, bytes_sent=0
            )
            self._update_state()
            return
        if isinstance(exc, errors.TransportError):
            ambiguous = exc.request_sent and not verifying
            self._network_failures += 1
            delay = self._backoff.delay(self._network_failures, self._rng)
            # Everything waits out the backoff; this job also waits out its grace time.
            self._blocked_until = max(self._blocked_until, self._now() + delay)
            if ambiguous:
                slow = isinstance(exc, errors.ApiTimeout)
                delay = max(delay, self._backoff.timeout_grace if slow else grace)
            self._wait(job_id, WaitReason.NETWORK, delay, exc.message, may_have_landed=ambiguous)
            self._update_state()
            return
        if isinstance(exc, errors.RateLimited | errors.ServerError | errors.ProtocolError):
            # 503 and 429 say the request was not handled; other 5xx and garbage may hide
            # a request that was.
            ambiguous = not verifying and (
                isinstance(exc, errors.ProtocolError)
                or (isinstance(exc, errors.ServerError) and exc.status != 503)
            )
            failures = self._server_failures.get(job_id, 0) + 1
            self._server_failures[job_id] = failures
            if failures >= self._backoff.server_attempts:
                if ambiguous:
                    self._update(job_id, needs_verify=True, notify=False)
                self._fail(job_id, FailureCode.SERVER_ERROR, exc.message)
                self._server_failures.pop(job_id, None)
                return
            delay = self._backoff.delay(failures, self._rng)
            if isinstance(exc, errors.RateLimited) and exc.retry_after is not None:
                delay = max(delay, exc.retry_after)
            if ambiguous:
                delay = max(delay, grace)
            self._wait(job_id, WaitReason.SERVER, delay, exc.message, may_have_landed=ambiguous)
            return
        self._reachable()
        if verifying:
            self._fail(
                job_id,
                FailureCode.UNVERIFIABLE,
                "The upload may have arrived, but the inbox could not be checked"
                f" ({exc.message}). Look in Multi-Regnskab before trying again.",
            )
        elif isinstance(exc, errors.Forbidden):
            self._fail(
                job_id,
                FailureCode.FORBIDDEN,
                "This company does not allow you to add documents.",
            )
        elif isinstance(exc, errors.PayloadTooLarge):
            self._fail(job_id, FailureCode.TOO_LARGE, "The file is too large for the server.")
        else:
            self._fail(job_id, FailureCode.REJECTED, exc.message)

    # --- state and notifications -----------------------------------------------------------

    def _update(self, job_id: int, *, notify: bool = True, **changes: Any) -> UploadJob:
        job = self._store.update(self._jobs[job_id], self._clock(), **changes)
        self._jobs[job_id] = job
        if notify:
            self._emit("job_changed", job)
        return job

    def _emit(self, method: str, *args: Any) -> None:
        if method == "job_finished":
            self._settled.set()
        for listener in list(self._listeners):
            try:
                getattr(listener, method)(*args)
            except Exception:
                log.exception("upload listener %r failed in %s", listener, method)


def _check_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("the friendly name must not be empty")
    if len(cleaned) > NAME_MAX:
        raise ValueError(f"the friendly name is longer than {NAME_MAX} characters")
    return cleaned


def _remove_orphans(spool_dir: Path, referenced: set[str]) -> None:
    cutoff = time.time() - _ORPHAN_AGE
    try:
        entries = list(os.scandir(spool_dir))
    except OSError:
        return
    for entry in entries:
        if entry.name in referenced or not entry.is_file():
            continue
        try:
            if entry.stat().st_mtime < cutoff:
                os.remove(entry.path)
                log.info("removed orphaned spool file %s", entry.name)
        except OSError:
            pass

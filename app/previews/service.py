"""The render service: the GUI process's side of the preview workers.

    service = RenderService(workers=2)
    await service.start()                        # spawns the workers, waits until warm
    result = await service.render(key, fetch, RenderRequest.fit_width(w * dpr, page=2))
    QImage(result.pixels, result.width, result.height, result.bytes_per_line,
           getattr(QImage.Format, f"Format_{result.pixel_format}"))

How it works:
- N worker processes (spawn, never fork: the GUI process runs Qt threads) import
  PyMuPDF and Pillow at start and keep up to a few documents open. A document key always
  goes to the same worker, and its bytes travel only when that worker does not have it
  open: the next page, a zoom or a rotation is a message of a few hundred bytes.
- Each worker has a shared-memory buffer that this side owns (so nothing leaks when a
  worker is killed). A document's bytes go to the worker through it, and the pixels
  come back through it: a reader thread per worker copies them out and hands the reply
  to the event loop with ``call_soon_threadsafe`` (which works under qasync as under
  asyncio). Results bigger than the buffer use a one-off buffer.
- Each job has a time limit. When it passes, the worker is killed (not just ignored)
  and replaced, and the caller gets RenderTimeout. A worker that dies gives
  WorkerCrashed, and is replaced as well.
- A task awaiting a render may be cancelled: a job that has not been sent is dropped;
  one already running finishes (or is killed after ``abandon_after`` seconds) and its
  result is discarded.
- Rendered results are cached (bounded in bytes), so showing a page again is immediate.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import itertools
import logging
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeAlias

import msgspec

from app.filetypes import FileKind, sniff
from app.previews.messages import (
    AttachBuffer,
    Job,
    NeedBuffer,
    Operation,
    Ready,
    Reply,
    WorkerConfig,
)
from app.previews.protocol import (
    CorruptDocument,
    DocumentInfo,
    PreviewError,
    RenderRequest,
    RenderResult,
    RenderTimeout,
    ServiceClosed,
    UnsupportedContent,
    WorkerCrashed,
)

if TYPE_CHECKING:
    from multiprocessing import shared_memory
    from multiprocessing.connection import Connection

__all__ = ["DocumentSource", "RenderService"]

log = logging.getLogger(__name__)

# The document's bytes, or something that fetches them (called only when a worker does
# not already hold the document open).
DocumentSource: TypeAlias = bytes | Callable[[], Awaitable[bytes] | bytes]

MiB = 1 << 20
# Writes up to this size fit in an idle pipe and never block (64 KiB on Linux, macOS
# and in multiprocessing's Windows pipes).
_PIPE_BUFFER = 32 * 1024


class RenderService:
    """Renders PDF pages and images into raw pixels, in killable worker processes."""

    def __init__(
        self,
        *,
        workers: int = 2,
        job_timeout: float = 8.0,
        max_pixels: int = 40_000_000,
        max_edge: int = 16_384,
        max_image_pixels: int = 250_000_000,
        memory_limit: int | None = 1536 * MiB,
        max_open_documents: int = 8,
        max_open_bytes: int = 256 * MiB,
        result_cache_bytes: int = 96 * MiB,
        buffer_bytes: int = 32 * MiB,
        abandon_after: float = 1.0,
        start_timeout: float = 60.0,
        start_method: str = "spawn",
        extra_handlers: Mapping[str, str] | None = None,
    ) -> None:
        """
        workers: processes to keep warm (each holds its own open documents).
        job_timeout: seconds a job may run before its worker is killed.
        max_pixels, max_edge: caps on the output image, applied before rendering.
        max_image_pixels: images with more pixels are refused (decompression bombs).
        memory_limit: address-space limit of a worker (RLIMIT_AS, where the OS has it).
        result_cache_bytes: rendered pixels kept for showing again (0: no cache).
        buffer_bytes: the shared-memory buffer per worker; bigger results use a one-off.
        abandon_after: a job whose caller was cancelled may run this long in total
            before its worker is killed to free it for the next request.
        start_method: "spawn" (default) or "forkserver"; never "fork".
        extra_handlers: {name: "module:function"} run in the worker by ``call()``
            (for tests and diagnostics).
        """
        if workers < 1:
            raise ValueError("workers must be at least 1")
        if start_method == "fork":
            raise ValueError("fork is unsafe in a process that runs Qt threads")
        self.job_timeout = job_timeout
        self.abandon_after = abandon_after
        self.start_timeout = start_timeout
        self.buffer_bytes = buffer_bytes
        self._config = WorkerConfig(
            max_pixels=max_pixels,
            max_edge=max_edge,
            max_image_pixels=max_image_pixels,
            memory_limit=memory_limit,
            max_open_documents=max_open_documents,
            max_open_bytes=max_open_bytes,
            self_destruct_after=2 * job_timeout + 10,
            extra_handlers=dict(extra_handlers or {}),
        )
        self._start_method = start_method
        self._mp_context: Any = None  # multiprocessing's, made when a worker starts
        self._slots = [_Slot(self, index) for index in range(workers)]
        self._affinity: OrderedDict[str, _Slot] = OrderedDict()
        self._results = _ResultCache(result_cache_bytes)
        self._infos: OrderedDict[tuple[str, str | None], DocumentInfo] = OrderedDict()
        self._job_ids = itertools.count(1)
        self._starting: asyncio.Task[None] | None = None
        self._started = False
        self._closed = False
        self._executor: ThreadPoolExecutor | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def _context(self) -> Any:
        """multiprocessing's context. The package (with shared memory, connections and
        the worker's module, ~15 ms to import) loads when the first worker starts, not
        when the program makes this service at start-up."""
        if self._mp_context is None:
            import multiprocessing

            self._mp_context = multiprocessing.get_context(self._start_method)
        return self._mp_context

    # --- lifecycle ------------------------------------------------------------------

    async def start(self) -> None:
        """Start the workers and return when all of them are ready to render.

        Starting runs in a task of its own: a caller that gives up waiting (a cancelled
        first preview) does not stop the start, and does not close the service.
        """
        if self._closed:
            raise ServiceClosed()
        if self._started:
            return
        if self._starting is None:
            self._starting = asyncio.get_running_loop().create_task(self._start())
            # a start that fails while nobody waits (closed during start) is not an error
            self._starting.add_done_callback(_retrieve)
        await asyncio.shield(self._starting)

    async def _start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._executor = ThreadPoolExecutor(
            max_workers=len(self._slots), thread_name_prefix="render-send"
        )
        for slot in self._slots:
            slot.spawn()
        try:
            await asyncio.gather(*(slot.ready() for slot in self._slots))
        except BaseException:
            await self.close()
            raise
        self._started = True

    async def close(self) -> None:
        """Stop the workers (politely, then by force) and free their shared memory."""
        if self._closed:
            return
        self._closed = True
        await asyncio.gather(*(slot.shut_down() for slot in self._slots))
        if self._executor is not None:
            self._executor.shutdown(wait=False)
        self._results.clear()
        self._infos.clear()

    async def __aenter__(self) -> RenderService:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # --- the API ------------------------------------------------------------------------

    async def render(
        self, doc_key: str, source: DocumentSource, request: RenderRequest
    ) -> RenderResult:
        """One page of the document as pixels (see RenderRequest for the box and zoom).

        Raises a PreviewError: EncryptedDocument, CorruptDocument, UnsupportedContent,
        TooLarge, InvalidRequest (no such page), RenderTimeout, WorkerCrashed.
        """
        cached = self._results.get((doc_key, request))
        if cached is not None:
            return cached
        reply, pixels = await self._document_job("render", doc_key, source, request)
        assert isinstance(reply.value, RenderResult)
        result = msgspec.structs.replace(reply.value, pixels=pixels, render_ms=reply.elapsed_ms)
        self._results.put((doc_key, request), result)
        return result

    async def thumbnail(
        self,
        doc_key: str,
        source: DocumentSource,
        max_edge: int = 256,
        *,
        page: int = 0,
        password: str | None = None,
    ) -> RenderResult:
        """A page fitted into a ``max_edge`` square (device pixels)."""
        return await self.render(
            doc_key, source, RenderRequest.fit_page(max_edge, max_edge, page=page,
                                                    password=password)
        )

    async def document_info(
        self, doc_key: str, source: DocumentSource, *, password: str | None = None
    ) -> DocumentInfo:
        """Page count and sizes, whether it is encrypted or locked, whether it has text.

        A locked PDF without a password gives ``locked=True`` (no error); a wrong
        password raises EncryptedDocument(wrong_password=True).
        """
        cached = self._infos.get((doc_key, password))
        if cached is not None:
            return cached
        reply, _ = await self._document_job("info", doc_key, source, password)
        assert isinstance(reply.value, DocumentInfo)
        self._infos[(doc_key, password)] = reply.value
        while len(self._infos) > 512:
            self._infos.popitem(last=False)
        return reply.value

    def forget(self, doc_key: str) -> None:
        """Drop what is cached for a document; its worker closes it with the next job."""
        self._results.drop_document(doc_key)
        for info_key in [k for k in self._infos if k[0] == doc_key]:
            del self._infos[info_key]
        slot = self._affinity.pop(doc_key, None)
        if slot is not None and doc_key in slot.open_keys:
            slot.to_forget.add(doc_key)

    async def call(self, handler: str, argument: object = None) -> object:
        """Run an extra handler (see ``extra_handlers``) in a worker, with the time limit."""
        await self.start()
        slot = min(self._slots, key=lambda s: s.load)
        reply, _ = await slot.submit("call", "", (handler, argument), None)
        if reply.error is not None:
            raise reply.error
        return reply.value

    def worker_pids(self) -> list[int | None]:
        """The worker processes' ids (None while a worker is being replaced)."""
        return [slot.pid for slot in self._slots]

    # --- internals --------------------------------------------------------------------

    async def _document_job(
        self, op: Operation, doc_key: str, source: DocumentSource, payload: object
    ) -> tuple[Reply, bytes]:
        await self.start()
        slot = self._slot_for(doc_key)
        document = None if doc_key in slot.open_keys else await _fetch(source)
        for _ in range(3):
            reply, pixels = await slot.submit(op, doc_key, payload, document)
            if reply.need_document:  # evicted or a fresh worker: send it this time
                document = await _fetch(source)
                continue
            if reply.error is not None:
                raise reply.error
            return reply, pixels
        raise WorkerCrashed("The preview process keeps losing the document.")

    def _slot_for(self, doc_key: str) -> _Slot:
        slot = self._affinity.get(doc_key)
        if slot is None:
            slot = min(self._slots, key=lambda s: (s.load, len(s.open_keys)))
            self._affinity[doc_key] = slot
            while len(self._affinity) > 4096:
                self._affinity.popitem(last=False)
        else:
            self._affinity.move_to_end(doc_key)
        return slot

    def _next_job_id(self) -> int:
        return next(self._job_ids)


class _Document:
    """A document's bytes and what they are, ready to send to a worker."""

    __slots__ = ("content_type", "data", "kind")

    def __init__(self, data: bytes, kind: str, content_type: str) -> None:
        self.data = data
        self.kind = kind
        self.content_type = content_type


async def _fetch(source: DocumentSource) -> _Document:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        value = source()
        data = bytes(await value) if inspect.isawaitable(value) else bytes(value)
    if not data:
        raise CorruptDocument("the file is empty")
    filetype = sniff(data[:4096])
    if filetype.kind is FileKind.PDF:
        return _Document(data, "pdf", filetype.content_type)
    if filetype.kind is FileKind.IMAGE:
        return _Document(data, "image", filetype.content_type)
    if filetype.kind is FileKind.UNKNOWN and _looks_like_bmp(data):
        return _Document(data, "image", "image/bmp")
    if filetype.kind is FileKind.TEXT:
        raise UnsupportedContent("Plain text is shown as text, not rendered.")
    if filetype.kind is FileKind.XML:
        raise UnsupportedContent("An e-invoice is shown from its data, not rendered.")
    raise UnsupportedContent()


def _looks_like_bmp(data: bytes) -> bool:
    # app.filetypes does not know BMP; its header is "BM", the file size, 4 reserved
    # bytes and a pixel offset inside the file.
    if len(data) < 26 or data[:2] != b"BM":
        return False
    offset = int.from_bytes(data[10:14], "little")
    header = int.from_bytes(data[14:18], "little")
    return 14 + 12 <= offset < len(data) + 1 and header in (12, 40, 52, 56, 64, 108, 124)


class _ResultCache:
    """Rendered results by (document key, request), bounded by their pixel bytes."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self._items: OrderedDict[tuple[str, RenderRequest], RenderResult] = OrderedDict()

    def get(self, key: tuple[str, RenderRequest]) -> RenderResult | None:
        result = self._items.get(key)
        if result is not None:
            self._items.move_to_end(key)
        return result

    def put(self, key: tuple[str, RenderRequest], result: RenderResult) -> None:
        size = len(result.pixels)
        if size > self.max_bytes // 4:
            return  # one huge render would push out everything else
        old = self._items.pop(key, None)
        if old is not None:
            self.bytes -= len(old.pixels)
        self._items[key] = result
        self.bytes += size
        while self.bytes > self.max_bytes:
            _, evicted = self._items.popitem(last=False)
            self.bytes -= len(evicted.pixels)

    def drop_document(self, doc_key: str) -> None:
        for key in [k for k in self._items if k[0] == doc_key]:
            self.bytes -= len(self._items.pop(key).pixels)

    def clear(self) -> None:
        self._items.clear()
        self.bytes = 0


class _JobState:
    __slots__ = ("deadline", "deadline_handle", "process", "sent", "started")

    def __init__(self) -> None:
        self.sent = False
        self.started = 0.0  # loop time
        self.deadline = 0.0  # loop time
        self.process: _Process | None = None
        # (qasync's call_later gives a plain Handle, without when(): keep the deadline)
        self.deadline_handle: asyncio.Handle | None = None


class _Slot:
    """One worker position: its current process, its lock, its shared memory."""

    def __init__(self, service: RenderService, index: int) -> None:
        self.service = service
        self.index = index
        self.process: _Process | None = None
        self.open_keys: frozenset[str] = frozenset()
        self.to_forget: set[str] = set()
        self.buffers: dict[str, shared_memory.SharedMemory] = {}
        self.base_buffer: shared_memory.SharedMemory | None = None
        self.load = 0  # jobs queued or running
        self._lock = asyncio.Lock()

    @property
    def pid(self) -> int | None:
        process = self.process
        return process.pid if process is not None and process.alive else None

    def spawn(self) -> _Process:
        if self.base_buffer is None:
            self.base_buffer = self._new_buffer(self.service.buffer_bytes)
        self.open_keys = frozenset()
        self.process = _Process(self)
        return self.process

    async def ready(self) -> _Process:
        """The slot's worker once it is ready, starting or replacing it if need be."""
        for _ in range(3):
            process = self.process
            if process is not None and process.alive and not process.running():
                # Killed or died, and its reader has not reported yet: wait for that
                # (on_exit starts the replacement) rather than write into a dead pipe.
                await asyncio.shield(process.exited)
                continue
            if process is None or not process.alive:
                process = self.spawn()
            try:
                await asyncio.wait_for(asyncio.shield(process.ready),
                                       self.service.start_timeout)
            except TimeoutError:
                process.kill()
                raise WorkerCrashed("The preview process did not start in time.") from None
            return process
        raise WorkerCrashed("The preview process could not be restarted.")

    def on_exit(self, process: _Process) -> None:
        """A worker process ended: replace it while the service runs."""
        if self.process is not process:
            return
        self.open_keys = frozenset()
        self.to_forget.clear()
        if not self.service._closed and process.ready.done() and not (
            process.ready.exception()
        ):
            log.warning("render worker %s (pid %s) ended with exit code %s; restarting",
                        self.index, process.pid, process.exitcode)
            self.spawn()
        else:
            self.process = None  # a start-up failure: retried by the next job

    async def submit(
        self, op: Operation, key: str, payload: object, document: _Document | None
    ) -> tuple[Reply, bytes]:
        """Run one job on this slot's worker; cancellation-safe (see module doc)."""
        state = _JobState()
        self.load += 1
        task = asyncio.ensure_future(self._run(state, op, key, payload, document))
        task.add_done_callback(_consume_exception)
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            if not state.sent:
                task.cancel()
            else:
                self._abandon(state)
            raise
        finally:
            self.load -= 1

    def _abandon(self, state: _JobState) -> None:
        """Nobody waits for this running job: give it at most ``abandon_after`` in all."""
        loop = asyncio.get_running_loop()
        process, handle = state.process, state.deadline_handle
        if process is None or handle is None or handle.cancelled():
            return
        state.deadline = min(state.deadline, state.started + self.service.abandon_after)
        handle.cancel()
        state.deadline_handle = loop.call_at(state.deadline, process.time_out, 0.0)

    async def _run(
        self,
        state: _JobState,
        op: Operation,
        key: str,
        payload: object,
        document: _Document | None,
    ) -> tuple[Reply, bytes]:
        service = self.service
        loop = asyncio.get_running_loop()
        async with self._lock:
            if service._closed:
                raise ServiceClosed()
            process = await self.ready()
            assert self.base_buffer is not None
            forget, self.to_forget = tuple(self.to_forget), set()
            # A document that fits goes through the shared buffer: one copy on each
            # side and no waiting on a pipe. The worker takes it out before drawing.
            data = document.data if document is not None else b""
            in_buffer = 0 < len(data) <= self.base_buffer.size
            if in_buffer:
                assert self.base_buffer.buf is not None
                self.base_buffer.buf[: len(data)] = data
            job = Job(
                job_id=service._next_job_id(),
                op=op,
                key=key,
                payload=payload,
                buffer=self.base_buffer.name,
                buffer_size=self.base_buffer.size,
                data_in_buffer=len(data) if in_buffer else 0,
                data_follows=bool(data) and not in_buffer,
                kind=document.kind if document else "",
                content_type=document.content_type if document else "",
                forget=forget,
            )
            waiter = process.expect(job.job_id)
            state.sent, state.started, state.process = True, loop.time(), process
            state.deadline = state.started + service.job_timeout
            state.deadline_handle = loop.call_at(
                state.deadline, process.time_out, service.job_timeout
            )
            extra: shared_memory.SharedMemory | None = None
            try:
                await process.send(job, data if job.data_follows else None)
                message, pixels = await waiter
                if isinstance(message, NeedBuffer):
                    extra = self._new_buffer(message.size)
                    waiter = process.expect(job.job_id)
                    await process.send(AttachBuffer(extra.name, extra.size), None)
                    message, pixels = await waiter
                assert isinstance(message, Reply)
            finally:
                if state.deadline_handle is not None:
                    state.deadline_handle.cancel()
                if extra is not None:
                    self._free_buffer(extra)
            self.open_keys = frozenset(message.open_keys)
            return message, pixels

    def _new_buffer(self, size: int) -> shared_memory.SharedMemory:
        from multiprocessing import shared_memory

        shm = shared_memory.SharedMemory(create=True, size=max(size, 1))
        self.buffers[shm.name] = shm
        return shm

    def _free_buffer(self, shm: shared_memory.SharedMemory) -> None:
        self.buffers.pop(shm.name, None)
        # BufferError: a reader thread still copies from it (a reply that raced a
        # time-out); the mapping then goes when that copy is done.
        with contextlib.suppress(BufferError):
            shm.close()
        with contextlib.suppress(FileNotFoundError):
            shm.unlink()

    def read_pixels(self, name: str, size: int) -> bytes:
        """Copy a result out of shared memory (called on the reader thread)."""
        buf = self.buffers[name].buf
        assert buf is not None
        return bytes(buf[:size])

    async def shut_down(self) -> None:
        process = self.process
        if process is not None:
            await process.stop()
        for shm in list(self.buffers.values()):
            self._free_buffer(shm)
        self.base_buffer = None


def _consume_exception(task: asyncio.Future[Any]) -> None:
    # An abandoned job's failure has no one to report to; don't let asyncio complain.
    if not task.cancelled():
        task.exception()


class _Process:
    """One incarnation of a worker process, and the thread that reads its replies."""

    def __init__(self, slot: _Slot) -> None:
        service = slot.service
        assert service._loop is not None
        self.slot = slot
        self.loop = service._loop
        from app.previews.worker import worker_main

        context: Any = service._context
        request_reader, request_writer = context.Pipe(duplex=False)
        reply_reader, reply_writer = context.Pipe(duplex=False)
        self.process = context.Process(
            target=worker_main,
            args=(request_reader, reply_writer, service._config),
            name=f"render-worker-{slot.index}",
            daemon=True,
        )
        self.process.start()
        request_reader.close()
        reply_writer.close()
        self.requests: Connection = request_writer
        self.replies: Connection = reply_reader
        self.pid: int | None = self.process.pid
        self.alive = True
        self.exitcode: int | None = None
        self.ready: asyncio.Future[None] = self.loop.create_future()
        self.ready.add_done_callback(_consume_exception)
        self.exited: asyncio.Future[None] = self.loop.create_future()
        self._waiter: asyncio.Future[tuple[Ready | Reply | NeedBuffer, bytes]] | None = None
        self._job_id = 0
        self._timed_out: float | None = None
        self._stopping = False
        self._killed = False
        self._thread = threading.Thread(
            target=self._read_replies, name=f"render-reader-{slot.index}", daemon=True
        )
        self._thread.start()

    # --- from the event loop ----------------------------------------------------------

    def expect(self, job_id: int) -> asyncio.Future[tuple[Ready | Reply | NeedBuffer, bytes]]:
        if not self.alive:
            raise WorkerCrashed(exitcode=self.exitcode)
        self._job_id = job_id
        self._waiter = self.loop.create_future()
        # If the job fails before it is awaited (say, a time-out during a long send),
        # the caller gets the send's error; this one must not be reported as lost.
        self._waiter.add_done_callback(_consume_exception)
        return self._waiter

    async def send(self, message: Job | AttachBuffer, data: bytes | None) -> None:
        """Write a message (and a document's bytes) to the worker. What fits in a pipe's
        buffer is written at once; more (a big ``call`` argument, a document bigger than
        the shared buffer) from a thread, so the event loop never waits on the pipe."""
        from multiprocessing.reduction import ForkingPickler  # loaded with the worker

        # (exactly what Connection.send() would write, so the worker's recv() reads it)
        frames: list[bytes | memoryview] = [ForkingPickler.dumps(message)]
        if data is not None:
            frames.append(data)
        try:
            if sum(map(len, frames)) <= _PIPE_BUFFER:
                for frame in frames:
                    self.requests.send_bytes(frame)
            else:
                executor = self.slot.service._executor
                await self.loop.run_in_executor(executor, self._send_frames, frames)
        except (OSError, ValueError) as exc:  # the worker died while we wrote
            if self._timed_out is not None:
                raise RenderTimeout(seconds=self._timed_out) from exc
            raise WorkerCrashed(exitcode=self.exitcode) from exc

    def _send_frames(self, frames: list[bytes | memoryview]) -> None:
        for frame in frames:
            self.requests.send_bytes(frame)

    def time_out(self, seconds: float) -> None:
        """The job ran out of time: kill the worker; the caller gets RenderTimeout."""
        if not self.alive or self._stopping:
            return
        self._timed_out = seconds or self.slot.service.job_timeout
        log.warning("render worker %s (pid %s) took longer than %.1f s; killing it",
                    self.slot.index, self.pid, self._timed_out)
        self.kill()
        self._fail(RenderTimeout(seconds=self._timed_out))

    def kill(self) -> None:
        self._killed = True
        with contextlib.suppress(Exception):
            self.process.kill()

    def running(self) -> bool:
        """The OS process is alive and was not told to die (a cheap, non-blocking poll)."""
        return not self._killed and self.process.is_alive()

    async def stop(self) -> None:
        """End the worker: ask an idle one to quit, kill a busy one (or a slow quitter)."""
        self._stopping = True
        busy = self._waiter is not None and not self._waiter.done()
        self._fail(ServiceClosed())
        if self.alive:
            if busy:
                self.kill()
            else:
                with contextlib.suppress(Exception):
                    self.requests.send(None)
            try:
                await asyncio.wait_for(asyncio.shield(self.exited), 2.0)
            except TimeoutError:
                self.kill()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(self.exited), 5.0)
        with contextlib.suppress(Exception):
            self.requests.close()

    def _fail(self, error: PreviewError) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_exception(error)
        if not self.ready.done():
            self.ready.set_exception(error)

    def _deliver(self, message: Ready | Reply | NeedBuffer, pixels: bytes) -> None:
        if isinstance(message, Ready):
            log.debug("render worker %s (pid %s) ready after %.0f ms",
                      self.slot.index, message.pid, message.startup_ms)
            if not self.ready.done():
                self.ready.set_result(None)
            return
        waiter = self._waiter
        if waiter is not None and not waiter.done() and message.job_id == self._job_id:
            waiter.set_result((message, pixels))

    def _on_exit(self, exitcode: int | None) -> None:
        self.alive = False
        self.exitcode = exitcode
        if self._stopping or self.slot.service._closed:
            self._fail(ServiceClosed())
        elif self._timed_out is not None:
            self._fail(RenderTimeout(seconds=self._timed_out))
        else:
            self._fail(WorkerCrashed(exitcode=exitcode))
        with contextlib.suppress(Exception):
            self.replies.close()
        if not self.exited.done():
            self.exited.set_result(None)
        self.slot.on_exit(self)

    # --- on the reader thread --------------------------------------------------------

    def _read_replies(self) -> None:
        while True:
            try:
                message = self.replies.recv()
                pixels = b""
                if isinstance(message, Reply) and message.pixel_bytes:
                    pixels = self.slot.read_pixels(message.buffer, message.pixel_bytes)
            except (EOFError, OSError):
                break
            except Exception:  # an unreadable reply: treat the worker as broken
                log.exception("unreadable reply from render worker %s", self.slot.index)
                self.kill()
                break
            if not self._post(self._deliver, message, pixels):
                break
        self.process.join(10)
        exitcode = self.process.exitcode
        if exitcode is None:  # still running after its pipe broke: make sure it ends
            self.kill()
            self.process.join(5)
            exitcode = self.process.exitcode
        self._post(self._on_exit, exitcode)

    def _post(self, callback: Callable[..., None], *args: Any) -> bool:
        try:
            self.loop.call_soon_threadsafe(callback, *args)
        except RuntimeError:  # the loop is closed: nobody is listening any more
            return False
        return True


def _retrieve(task: asyncio.Task[None]) -> None:
    if not task.cancelled():
        task.exception()

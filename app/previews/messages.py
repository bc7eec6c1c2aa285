"""What the service and a worker process say to each other (internal to the package).

Parent -> worker: ``Job`` (followed by one raw bytes frame when ``data_follows``;
a document that fits is put in the shared buffer instead, see ``data_in_buffer``),
``AttachBuffer`` (only in answer to ``NeedBuffer``) and ``None`` (stop).
Worker -> parent: ``Ready`` once, then for each job either ``Reply`` or ``NeedBuffer``
followed, after the parent's ``AttachBuffer``, by the ``Reply``.

Pixels never travel through the pipe: the worker writes them into a shared-memory
buffer the parent owns (so nothing leaks when a worker is killed) and the reply says
how many bytes it wrote.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from app.previews.protocol import PreviewError

Operation = Literal["render", "info", "call"]


class WorkerConfig(msgspec.Struct, frozen=True):
    max_pixels: int
    max_edge: int
    max_image_pixels: int
    memory_limit: int | None  # bytes of address space, None: no limit
    max_open_documents: int
    max_open_bytes: int
    # The worker's own last resort (POSIX): SIGALRM, left at its default action, ends a
    # job stuck in C code this long even if the service is gone and cannot kill it.
    self_destruct_after: float = 0.0
    extra_handlers: dict[str, str] = msgspec.field(default_factory=dict)


class Job(msgspec.Struct, frozen=True):
    job_id: int
    op: Operation
    key: str  # the document key ("" for op="call" without a document)
    payload: object  # RenderRequest, the password for "info", (name, argument) for "call"
    buffer: str  # shared-memory name for the pixels
    buffer_size: int
    data_in_buffer: int = 0  # the document's bytes are at the start of ``buffer``
    data_follows: bool = False  # the document's bytes come next, as a raw frame
    kind: str = ""  # "pdf" or "image" when a document comes with the job
    content_type: str = ""
    forget: tuple[str, ...] = ()  # documents to close first


class AttachBuffer(msgspec.Struct, frozen=True):
    name: str
    size: int


class Ready(msgspec.Struct, frozen=True):
    pid: int
    startup_ms: float


class NeedBuffer(msgspec.Struct, frozen=True):
    job_id: int
    size: int


class Reply(msgspec.Struct, frozen=True):
    job_id: int
    value: object = None  # RenderResult without pixels, DocumentInfo, a handler's result
    error: PreviewError | None = None
    need_document: bool = False  # the worker does not have the document open: send it
    pixel_bytes: int = 0  # bytes written at the start of ``buffer``
    buffer: str = ""
    open_keys: tuple[str, ...] = ()  # the documents the worker now holds open
    elapsed_ms: float = 0.0

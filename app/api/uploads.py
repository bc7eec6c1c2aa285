"""Upload bodies: base64 encoded in slices off the event loop, streamed as JSON.

A FileUpload body is ``{...metadata..., "fileBodyBase64": "<base64>"}``. Its length is
known in advance (base64 of n bytes is 4*ceil(n/3) characters), so it is sent with a
Content-Length while the file is read and encoded one slice at a time in a worker
thread: memory stays at a few slices whatever the file's size, and the event loop never
runs a long encode.
"""

from __future__ import annotations

import asyncio
import base64
import os
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import BinaryIO

from app.api import codec
from app.api.models import FileUploadMeta

__all__ = ["SLICE_BYTES", "ProgressCallback", "UploadBody"]

# A multiple of 3, so every slice encodes to base64 without padding: 384 KiB -> 512 KiB.
SLICE_BYTES = 3 * 128 * 1024
# Called with (bytes of the file sent so far, file size).
ProgressCallback = Callable[[int, int], None]


def _read_encode(handle: BinaryIO, size: int) -> bytes:
    return base64.b64encode(handle.read(size))


class UploadBody:
    """A re-startable streamed JSON body for POST /filesForUseInRegistrations."""

    def __init__(
        self,
        meta: FileUploadMeta,
        source: Path | bytes,
        progress: ProgressCallback | None = None,
        slice_bytes: int = SLICE_BYTES,
    ) -> None:
        if slice_bytes % 3:
            raise ValueError("slice_bytes must be a multiple of 3")
        self._source = source
        self._progress = progress
        self._slice = slice_bytes
        self.size = os.stat(source).st_size if isinstance(source, Path) else len(source)
        head = codec.encode(meta)  # b'{"companyXid":1,...}'
        self._prefix = head[:-1] + b',"fileBodyBase64":"'
        self._suffix = b'"}'
        self.length = len(self._prefix) + 4 * ((self.size + 2) // 3) + len(self._suffix)

    def __call__(self) -> AsyncIterator[bytes]:
        return self._stream()

    async def _stream(self) -> AsyncIterator[bytes]:
        yield self._prefix
        sent = 0
        if isinstance(self._source, Path):
            handle = await asyncio.to_thread(open, self._source, "rb")
            try:
                while sent < self.size:
                    want = min(self._slice, self.size - sent)
                    chunk = await asyncio.to_thread(_read_encode, handle, want)
                    if len(chunk) != 4 * ((want + 2) // 3):
                        raise OSError(f"{self._source.name} changed while it was being sent")
                    sent += want
                    yield chunk
                    self._report(sent)
            finally:
                handle.close()
        else:
            view = memoryview(self._source)
            while sent < self.size:
                piece = view[sent : sent + self._slice]
                chunk = await asyncio.to_thread(base64.b64encode, piece)
                sent += len(piece)
                yield chunk
                self._report(sent)
        yield self._suffix

    def _report(self, sent: int) -> None:
        if self._progress is not None:
            self._progress(sent, self.size)
